// The CMS as it runs in production, for the load and fault runs: N web instances on one
// throw-away SQLite file, each a `pnpm start` process (the same command line, run without the pnpm
// and tsx wrappers so the pid measured is the server's own), seeded as a production install is
// (migrations at the first boot, then the seed with the accounts' passwords and the demo content).
// Needs the production build (`pnpm --filter @campaign/cms build`) and the widget build.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { repoRoot } from '../bench/cmsProcess'
import { openDatabase } from './databaseFault'

const cmsDir = path.join(repoRoot, 'cms')

export const accounts = {
  admin: { email: 'admin@example.com', password: 'load-admin-password' },
  editor: { email: 'editor@example.com', password: 'load-editor-password' },
} as const

export interface Instance {
  origin: string
  /** The node process serving it (not a wrapper). */
  pid: number
  /** Resident memory of that process, in kB (/proc/<pid>/status VmRSS). */
  rssKb: () => number
  /** What it wrote to stdout and stderr (JSON log lines), the tail. */
  output: () => string
  /** Its log lines at level error or fatal (the last 500). */
  errorLines: () => string[]
  /** Its exit code or signal once it exited, else null. */
  exitCode: () => number | string | null
  stop: () => Promise<void>
}

export interface Cluster {
  databaseFile: string
  instances: Instance[]
  stop: () => Promise<void>
}

export const rssKbOf = (pid: number): number => {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`)
  return Number(match[1])
}

const isAnswering = async (url: string): Promise<boolean> => {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

const waitForReady = async (origin: string, child: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${origin}: the CMS exited (${child.exitCode})`)
    try {
      if ((await fetch(`${origin}/api/ready`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${origin}/api/ready did not answer 200 within ${timeoutMs} ms`)
}

/** The migrations production boots through (cms/src/migrations), by name. */
const migrationNames = (): string[] =>
  readdirSync(path.join(cmsDir, 'src/migrations'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -'.ts'.length))

/** Resolves once every migration is recorded in the database (a booting server runs them). */
const migrated = async (databaseFile: string): Promise<void> => {
  const expected = migrationNames()
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    if (!existsSync(databaseFile)) continue
    const client = await openDatabase(databaseFile)
    try {
      const { rows } = await client.execute({
        sql: 'SELECT name FROM payload_migrations WHERE batch > 0',
        args: [],
      })
      const applied = new Set(rows.map((found) => String(found.name)))
      if (expected.every((name) => applied.has(name))) return
    } catch {
      // the table is not there yet
    } finally {
      client.close()
    }
  }
}

const node = (args: string[], env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, args, { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] })

interface Collected {
  /** The tail of what the process wrote. */
  output: () => string
  /** Its JSON log lines at level error or fatal, the last 500, whatever else it wrote since. */
  errorLines: () => string[]
}

const collect = (child: ChildProcess): Collected => {
  let output = ''
  let partialLine = ''
  const errorLines: string[] = []
  const add = (chunk: Buffer) => {
    const text = chunk.toString()
    output += text
    // Only the tail matters (a failure's last lines); a long run must not grow it without end.
    if (output.length > 200_000) output = output.slice(-100_000)
    // Error lines apart: under load the tail is soon other lines only.
    const lines = (partialLine + text).split('\n')
    partialLine = lines.pop() ?? ''
    for (const line of lines) {
      if (!/^\{.*"level":(50|60)[,}]/.test(line)) continue
      errorLines.push(line)
      if (errorLines.length > 500) errorLines.shift()
    }
  }
  child.stdout?.on('data', add)
  child.stderr?.on('data', add)
  return { output: () => output, errorLines: () => [...errorLines] }
}

const stopChild = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await once(child, 'exit')
  clearTimeout(timer)
}

export const startCluster = async ({
  ports,
  env: extra = {},
}: {
  ports: number[]
  /** Settings of every instance (e.g. PUBLIC_CACHE_TTL). */
  env?: Record<string, string>
}): Promise<Cluster> => {
  for (const port of ports) {
    // A leftover server on the port would answer for the new one.
    if (await isAnswering(`http://127.0.0.1:${port}/`)) throw new Error(`port ${port} is in use`)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'campaign-load-'))
  const databaseFile = path.join(dir, 'load.db')
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'load-only-secret-of-at-least-32-characters',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    SEED_CONTENT: 'true',
    SEED_ADMIN_PASSWORD: accounts.admin.password,
    SEED_EDITOR_PASSWORD: accounts.editor.password,
    // The scripts sign in from one address more often than a person would.
    LOGIN_ATTEMPTS_PER_ADDRESS: '1000',
    ...extra,
  }
  const children: ChildProcess[] = []
  const stopAll = async () => {
    await Promise.all(children.map(stopChild))
    rmSync(dir, { recursive: true, force: true })
  }
  // `NODE_ENV=production pnpm seed`: accounts and demo content, on the migrated database.
  const seed = async () => {
    const seeder = node(['--conditions=development', '--import', 'tsx', 'src/seed/run.ts'], common)
    const { output } = collect(seeder)
    const [code] = (await once(seeder, 'exit')) as [number | null]
    if (code !== 0) throw new Error(`the seed failed (${code}):\n${output().slice(-4000)}`)
  }
  const start = async (port: number): Promise<Instance> => {
    const origin = `http://127.0.0.1:${port}`
    // `pnpm start`: NODE_ENV=production, --conditions=production, tsx src/server/main.ts.
    const child = node(['--conditions=production', '--import', 'tsx', 'src/server/main.ts'], {
      ...common,
      PORT: String(port),
      PUBLIC_URL: origin,
    })
    children.push(child)
    const { output, errorLines } = collect(child)
    await waitForReady(origin, child, 180_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output().slice(-4000)}`)
    })
    const pid = child.pid
    if (pid === undefined) throw new Error(`${origin}: no pid`)
    return {
      origin,
      pid,
      rssKb: () => rssKbOf(pid),
      output,
      errorLines,
      exitCode: () => child.exitCode ?? child.signalCode,
      stop: () => stopChild(child),
    }
  }
  try {
    // The first instance boots through the migrations alone (two would race on them); the seed
    // and the other instances then start side by side.
    const [firstPort, ...otherPorts] = ports
    if (firstPort === undefined) throw new Error('no port')
    const first = start(firstPort)
    // Not waiting for the whole boot (Next, the banner renderer): once its migrations are in.
    await Promise.race([migrated(databaseFile), first])
    const [firstInstance, , ...others] = await Promise.all([
      first,
      seed(),
      ...otherPorts.map(start),
    ])
    return { databaseFile, instances: [firstInstance, ...others], stop: stopAll }
  } catch (error) {
    await stopAll()
    throw error
  }
}
