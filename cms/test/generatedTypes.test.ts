// payload-types.ts is committed; this fails when the config changed without regenerating it
// (`pnpm --filter @campaign/cms generate:types`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, expect, it, vi } from 'vitest'

// The committed types are generated on the default database (SQLite: numeric ids), whichever
// database the rest of the suite runs on.
vi.hoisted(() => {
  process.env.DATABASE_URL = `file:${process.env.TEST_DIR ?? '.'}/types.db`
})

const dir = mkdtempSync(path.join(tmpdir(), 'campaign-types-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('the committed payload-types.ts matches the config', async () => {
  const [{ default: config }, { generateTypes }] = await Promise.all([
    import('../src/payload.config'),
    import('payload/node'),
  ])
  const output = path.join(dir, 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = output
  await generateTypes(await config, { log: false })
  const committed = readFileSync(
    path.resolve(import.meta.dirname, '../src/payload-types.ts'),
    'utf8',
  )
  expect(readFileSync(output, 'utf8')).toBe(committed)
})
