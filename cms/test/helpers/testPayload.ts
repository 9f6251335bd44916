import { rmSync } from 'node:fs'

// Boots the real Payload config on the test file's own database (see setup/isolatedEnvironment).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  cleanup: () => Promise<void>
}

export const isMongo = (): boolean => (process.env.DATABASE_URL ?? '').startsWith('mongodb')

export const startTestPayload = async (): Promise<TestPayload> => {
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../src/payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  return {
    payload,
    cleanup: async () => {
      if (isMongo()) await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      // Once the database is closed, its folder can go (setup/isolatedEnvironment made it).
      if (process.env.TEST_DIR) rmSync(process.env.TEST_DIR, { recursive: true, force: true })
    },
  }
}
