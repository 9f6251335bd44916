// The CMS process as operators run it (production build, `node … src/server/main.ts`, its own
// throw-away SQLite file and port): liveness and readiness answers, and a graceful SIGTERM (the
// request in flight completes, new connections are refused, the process exits 0).
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { repoRoot } from '../bench/cmsProcess'

const port = Number(process.env.E2E_OPS_PORT ?? 3230)
const origin = `http://127.0.0.1:${port}`

let cms: ChildProcess
let dir = ''
let output = ''

const waitForReady = async (timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (cms.exitCode !== null) throw new Error(`the CMS exited (${cms.exitCode}): ${output}`)
    try {
      if ((await fetch(`${origin}/api/ready`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${origin}/api/ready did not answer 200 within ${timeoutMs} ms`)
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  dir = mkdtempSync(path.join(tmpdir(), 'campaign-ops-'))
  cms = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'src/server/main.ts'],
    {
      cwd: path.join(repoRoot, 'cms'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: `file:${path.join(dir, 'ops.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: 'ops-only-secret-of-at-least-32-characters',
        PORT: String(port),
        PUBLIC_URL: origin,
        NEXT_TELEMETRY_DISABLED: '1',
        SHUTDOWN_TIMEOUT_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  cms.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  cms.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitForReady(180_000)
})

test.afterAll(async () => {
  if (cms.exitCode === null && cms.signalCode === null) {
    cms.kill('SIGKILL')
    await once(cms, 'exit')
  }
  rmSync(dir, { recursive: true, force: true })
})

test('liveness answers without the database; readiness lists its checks', async () => {
  const health = await fetch(`${origin}/api/health`)
  expect(health.status).toBe(200)
  expect(health.headers.get('cache-control')).toBe('no-store')
  const ready = await fetch(`${origin}/api/ready`)
  expect(ready.status).toBe(200)
  expect(await ready.json()).toEqual({
    status: 'ready',
    checks: { database: 'ok', migrations: 'ok', widget: 'ok' },
  })
})

/** A sign-in whose body arrives in two halves: in flight until `finish` is called. */
const slowSignIn = () => {
  const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password' })
  const outgoing = request(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  })
  const answer = new Promise<number>((resolve, reject) => {
    outgoing.on('response', (incoming) => {
      incoming.resume()
      incoming.on('end', () => resolve(incoming.statusCode ?? 0))
    })
    outgoing.on('error', reject)
  })
  outgoing.write(body.slice(0, 10))
  return { answer, finish: () => outgoing.end(body.slice(10)) }
}

test('SIGTERM: the request in flight completes, new connections are refused, exit 0', async () => {
  test.setTimeout(60_000)
  const inFlight = slowSignIn()
  await new Promise((resolve) => setTimeout(resolve, 500))
  const exited = once(cms, 'exit') as Promise<[number | null, string | null]>
  cms.kill('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await expect(fetch(`${origin}/api/health`)).rejects.toThrow()
  inFlight.finish()
  // Wrong credentials: Payload's own answer, not a cut connection.
  expect(await inFlight.answer).toBe(401)
  const [code, signal] = await exited
  expect({ code, signal }).toEqual({ code: 0, signal: null })
})
