// `pnpm seed`: loads demo and real-world data into the database DATABASE_URL names.
// Run through the package script: it sets `--conditions`, without which Node 20 can deadlock
// loading Lexical's top-level-await entry points (the process exits with code 13).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
try {
  await seed({ payload })
  payload.logger.info('seed: done')
} finally {
  await payload.destroy()
}
