// Starts the CMS as users run it in production (`pnpm start` after `pnpm build`), seeded, on a
// throw-away SQLite database, and stops it again.
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')

const run = (args: string[], env: NodeJS.ProcessEnv) => {
  const result = spawnSync('pnpm', args, { cwd: repoRoot, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed (${result.status})`)
}

const waitFor = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

const isAnswering = async (url: string) => {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

export const startCms = async ({
  port,
  build,
  env: extra = {},
  cpus,
}: {
  port: number
  build: boolean
  /** Settings of this instance only (e.g. REACH_COUNTING=false for the counting-off baseline). */
  env?: Record<string, string>
  /** CPUs the server may run on (taskset's list, e.g. "1"): two servers compared on equal ground. */
  cpus?: string
}) => {
  // A leftover server on the port would answer the health check for the new one.
  if (await isAnswering(`http://localhost:${port}/`)) throw new Error(`port ${port} is in use`)
  const dir = mkdtempSync(path.join(tmpdir(), 'campaign-bench-'))
  const origin = `http://localhost:${port}`
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'bench-only-secret-of-at-least-32-characters',
    PORT: String(port),
    PUBLIC_URL: origin,
    // One body for the whole run: a rebuild changes serverTime, hence the ETag the 304 run sends.
    PUBLIC_CACHE_TTL: '3600',
    NEXT_TELEMETRY_DISABLED: '1',
    // The demo content the bench reads (a production seed makes accounts only by default).
    SEED_CONTENT: 'true',
    ...extra,
  }
  if (build) run(['--filter', '@campaign/cms', 'build'], env)
  // Production boots through the migrations; the seed then loads the demo data into it.
  const start = ['pnpm', '--filter', '@campaign/cms', 'start']
  const [command = 'pnpm', ...args] = cpus ? ['taskset', '-c', cpus, ...start] : start
  const server: ChildProcess = spawn(command, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  await waitFor(`${origin}/api/health`, 120_000)
  run(['--filter', '@campaign/cms', 'seed'], { ...env, NODE_ENV: 'production' })
  return {
    origin,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
      if (server.exitCode === null) await once(server, 'exit')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
