// Production does not push the schema: it boots through the committed SQLite migrations.
// This boots like production and checks the migrated database is exactly what the config needs.
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '../src/seed'
import type { TestPayload } from './helpers/testPayload'
import { isMongo, startTestPayload } from './helpers/testPayload'

// Before any import reads it: this file boots like production.
vi.hoisted(() => {
  Reflect.set(process.env, 'NODE_ENV', 'production')
})

let env: TestPayload
let payload: Payload

// MongoDB has no schema to migrate; the SQLite migrations are what production boots through.
describe.runIf(!isMongo())('production boot on SQLite', () => {
  beforeAll(async () => {
    env = await startTestPayload()
    payload = env.payload
  })

  afterAll(async () => {
    await env.cleanup()
  })

  it('runs every committed migration', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 100 })
    expect(docs.map((doc) => doc.name).filter((name) => name !== 'dev').length).toBeGreaterThan(0)
    expect(docs.some((doc) => doc.batch === -1)).toBe(false)
  })

  it('leaves nothing for a schema push to do (migrations match the config)', async () => {
    const adapter = payload.db as unknown as SQLiteAdapter
    // drizzle-kit's SQLite push computes the statements a dev push would run, without running them.
    const { pushSchema } = adapter.requireDrizzleKit() as unknown as {
      pushSchema: (schema: unknown, db: unknown) => Promise<{ statementsToExecute: string[] }>
    }
    const { statementsToExecute } = await pushSchema(adapter.schema, adapter.drizzle)
    expect(statementsToExecute).toEqual([])
  })

  it('stores and reads the full demo data set', async () => {
    await seed({ payload, withContent: true })
    const { totalDocs } = await payload.count({ collection: 'campaigns' })
    expect(totalDocs).toBe(11)
  })
})
