// Runs before each test file's imports: every setting the config reads at import time points at
// this file's own throw-away database and media folder, never at a developer's data.
// DATABASE_URL=mongodb://… runs the suite on MongoDB, one throw-away database per file.
//
// Worker processes are reused from file to file (vitest.config.ts: isolate off), so that Payload,
// its database drivers and Lexical are loaded once per worker instead of once per file. What a
// file could leave behind is reset here first: the environment, our own modules (they read the
// environment when imported), fake clocks and spies, Payload's cached instance and our own
// process-wide singletons.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, vi } from 'vitest'

import { withDatabaseName } from './testDatabaseUrl'

type Globals = Record<symbol, NodeJS.ProcessEnv | undefined> & {
  _payload?: Map<string, unknown>
  _payload_graphql?: { graphql: unknown; promise: unknown }
}
const globals = globalThis as unknown as Globals
const BASELINE = Symbol.for('campaign-cms-test.baseline-environment')
vi.useRealTimers()
vi.unstubAllEnvs()
vi.restoreAllMocks()
const baseline = (globals[BASELINE] ??= { ...process.env })
for (const name of Object.keys(process.env))
  if (!(name in baseline)) Reflect.deleteProperty(process.env, name)
Object.assign(process.env, baseline)
vi.resetModules()
globals._payload?.clear()
// Payload's GraphQL route keeps the schema it built, with the first file's collections (and their
// upload folders) in its resolvers; its module holds the object, so it is emptied, not replaced.
if (globals._payload_graphql)
  Object.assign(globals._payload_graphql, { graphql: null, promise: null })
Object.assign(globals, {
  _payload_clientConfigs: {},
  _payload_schemaMap: null,
  _payload_clientSchemaMap: null,
})
// Our process-wide singletons (sign-in ledger, change signal, …) live on globalThis so that the
// front server's and Next's module copies share them; a new file starts without them.
for (const key of Object.getOwnPropertySymbols(globalThis)) {
  if (key.description?.startsWith('campaign-banner.')) Reflect.deleteProperty(globalThis, key)
}

const suffix = randomBytes(6).toString('hex')
// Created on first use (by the database adapter or an upload), so files that never boot Payload
// leave nothing behind.
const dir = path.join(tmpdir(), `campaign-cms-test-${suffix}`)
const configured = process.env.DATABASE_URL ?? ''

process.env.TEST_DIR = dir
process.env.DATABASE_URL = configured.startsWith('mongodb')
  ? withDatabaseName(configured, `campaign_test_${suffix}`)
  : `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = `test-${randomBytes(16).toString('hex')}`
process.env.JOBS_AUTORUN = 'false'
// Tests sign in many times from one address; the sign-in limit's own test sets a small budget.
process.env.LOGIN_ATTEMPTS_PER_ADDRESS ??= '1000'

// After the file's own afterAll hooks (they run first), which close its database.
afterAll(() => rmSync(dir, { recursive: true, force: true }))
