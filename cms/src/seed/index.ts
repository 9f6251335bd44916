import type { Payload } from 'payload'

import { seedDemoEdition } from './seedDemoEdition'
import { seedKhanhHoaEditions } from './seedEditions'
import { seedSites } from './seedSites'
import { seedUsers } from './seedUsers'

/** Loads the demo and real-world data. Idempotent: what exists is left as it is. */
export const seed = async ({ payload, now = new Date() }: { payload: Payload; now?: Date }) => {
  const sites = await seedSites(payload)
  await seedUsers(payload, sites)
  await seedKhanhHoaEditions(payload, sites.khanhHoa)
  await seedDemoEdition(payload, sites.demo, now)
  return sites
}
