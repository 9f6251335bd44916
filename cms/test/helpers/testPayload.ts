import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

// Boots the real Payload config on the test file's own database (see setup/isolatedEnvironment).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { inject } from 'vitest'

export interface TestPayload {
  payload: Payload
  cleanup: () => Promise<void>
}

export const isMongo = (): boolean => (process.env.DATABASE_URL ?? '').startsWith('mongodb')

/**
 * Puts a copy of the run's pushed template (setup/templateDatabase.ts) where this file's SQLite
 * database will be, when it does not exist yet and the file boots as development does (a
 * production boot runs the migrations instead, on an empty file). True when it did.
 */
const copyTemplateDatabase = (): boolean => {
  const template = inject('templateDatabase')
  const url = process.env.DATABASE_URL ?? ''
  if (!template || !url.startsWith('file:') || process.env.NODE_ENV === 'production') return false
  const file = url.slice('file:'.length)
  if (existsSync(file)) return false
  mkdirSync(path.dirname(file), { recursive: true })
  copyFileSync(template, file)
  return true
}

export const startTestPayload = async (): Promise<TestPayload> => {
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../src/payload.config'),
    import('payload'),
  ])
  const fromTemplate = copyTemplateDatabase()
  // The SQLite adapter skips its schema push while Payload's migrate command runs; the copy has
  // the schema already. Set only around the boot: child processes a test starts later push.
  if (fromTemplate) process.env.PAYLOAD_MIGRATING = 'true'
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } finally {
    if (fromTemplate) delete process.env.PAYLOAD_MIGRATING
  }
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
