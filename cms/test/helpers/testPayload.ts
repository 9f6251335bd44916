// Boots the real Payload config on a fresh database: a SQLite file in a temp dir by default, or
// a throw-away database on the MongoDB server DATABASE_URL names (mongodb://…).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  cleanup: () => Promise<void>
}

const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

export const startTestPayload = async (): Promise<TestPayload> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'campaign-cms-test-'))
  const suffix = randomBytes(4).toString('hex')
  const configured = process.env.DATABASE_URL ?? ''
  const isMongo = configured.startsWith('mongodb')
  // Environment first: the config reads it when imported.
  process.env.DATABASE_URL = isMongo
    ? withDatabaseName(configured, `campaign_test_${suffix}`)
    : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = `test-${suffix}`
  process.env.JOBS_AUTORUN = 'false'
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../src/payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  return {
    payload,
    cleanup: async () => {
      if (isMongo) await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      process.env.DATABASE_URL = configured
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
