import type { Payload } from 'payload'

import { env } from '../env'
import { seedDemoEdition } from './seedDemoEdition'
import { seedKhanhHoaEditions } from './seedEditions'
import { seedSites } from './seedSites'
import { seedUsers } from './seedUsers'

/**
 * Loads the accounts and (unless `withContent` is off, production's default) the demo and
 * real-world data. Idempotent: what exists is left as it is.
 */
export const seed = async ({
  payload,
  now = new Date(),
  withContent = env.seedContent,
}: {
  payload: Payload
  now?: Date
  withContent?: boolean
}) => {
  if (!withContent) {
    await seedUsers(payload, null)
    return null
  }
  const sites = await seedSites(payload)
  await seedUsers(payload, sites)
  await seedKhanhHoaEditions(payload, sites.khanhHoa)
  await seedDemoEdition(payload, sites.demo, now)
  return sites
}
