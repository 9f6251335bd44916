// Vitest global setup: one SQLite database with the schema pushed, made once per run. Each test
// file's Payload starts from a copy of it (helpers/testPayload.ts) instead of pushing the schema
// itself, which took about 2 of the 5 seconds every integration file spent booting.
// MongoDB runs have no schema to push: nothing to make.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The pushed SQLite database each test file copies, or null on MongoDB. */
    templateDatabase: string | null
  }
}

const cmsRoot = path.resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject): Promise<() => void> {
  if ((process.env.DATABASE_URL ?? '').startsWith('mongodb')) {
    project.provide('templateDatabase', null)
    return () => {}
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'campaign-cms-template-'))
  const file = path.join(dir, 'template.db')
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'test/setup/createTemplateDatabase.ts'],
    {
      cwd: cmsRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DATABASE_URL: `file:${file}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: 'template-database-only-secret-0123456789',
        JOBS_AUTORUN: 'false',
      },
    },
  )
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`creating the template database failed (exit ${code})`)
  project.provide('templateDatabase', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
