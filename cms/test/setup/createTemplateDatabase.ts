// Run once per test run in a child process (see templateDatabase.ts): boots Payload on the empty
// SQLite file named by DATABASE_URL, so the schema is pushed there once, then closes it.
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
await payload.destroy()
