// Runs before each test file's imports: every setting the config reads at import time points at
// this file's own throw-away database and media folder, never at a developer's data.
// DATABASE_URL=mongodb://… runs the suite on MongoDB, one throw-away database per file.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { withDatabaseName } from './testDatabaseUrl'

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
