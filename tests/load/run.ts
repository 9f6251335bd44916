// pnpm test:load — the production CMS under load and faults, on this machine, loopback only:
//   1. throughput: 60 s at 100 connections on the public endpoint (0 errors, p50/p99, req/s, RSS
//      after the warm-up and at the end within 10 %);
//   2. the same while an editor publishes every 5 s through a second instance on the same SQLite
//      file (each publish shown on the loaded instance within 2 s);
//   3. the database failing for 40 s under load (every file access of the servers fails, see
//      databaseFault.ts): stale answers and no error, recovery by itself, nothing saved before lost.
// `--short` (or LOAD_SHORT=1) is the CI form: the same checks in seconds (answers expire after 2 s
// instead of the default 30 s so the fault meets expired answers; memory is reported, not checked).
// `--only=throughput,publish,fault` picks scenarios; `--markdown` also prints the table as Markdown.
// Needs the production build (`pnpm --filter @campaign/cms build`, and the widget's) and gdb
// (the fault, see databaseFault.ts; Linux x86-64, root or ptrace allowed).
import { loadavg } from 'node:os'

import { startCluster } from './cluster'
import { runFaultUnderLoad } from './faultUnderLoad'
import { runPublishUnderLoad } from './publishUnderLoad'
import type { Row } from './report'
import { failuresOf, markdownTable, printTable, row } from './report'
import { runThroughput } from './throughput'

const args = process.argv.slice(2)
const isShort = args.includes('--short') || process.env.LOAD_SHORT === '1'
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const runs = (scenario: string) => !only || only.includes(scenario)

const settings = isShort
  ? {
      cacheTtlSeconds: 2,
      throughput: { warmupSeconds: 2, seconds: 5, checksMemory: false },
      publish: { seconds: 10, intervalMs: 5000 },
      fault: { faultSeconds: 4 },
    }
  : {
      cacheTtlSeconds: 30,
      throughput: { warmupSeconds: 10, seconds: 60, checksMemory: true },
      publish: { seconds: 60, intervalMs: 5000 },
      fault: { faultSeconds: 40 },
    }

const ports = [Number(process.env.LOAD_PORT ?? 3500), Number(process.env.LOAD_PORT ?? 3500) + 1]
const started = Date.now()
const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1)
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

console.log(`load average before: ${load()} · ${isShort ? 'short' : 'full'} run`)
const cluster = await startCluster({
  ports,
  env: { PUBLIC_CACHE_TTL: String(settings.cacheTtlSeconds) },
})
const [target, editorSide] = cluster.instances
if (!target || !editorSide) throw new Error('two instances expected')
console.log(`booted 2 instances on one SQLite file in ${seconds(started)} s`)

const rows: Row[] = [
  row(
    'setup',
    'instances (one SQLite file)',
    `${cluster.instances.length}, PUBLIC_CACHE_TTL ${settings.cacheTtlSeconds} s`,
  ),
]
let failure: unknown
try {
  for (const [scenario, runScenario] of [
    ['throughput', () => runThroughput(target, settings.throughput)],
    ['publish', () => runPublishUnderLoad(target, editorSide, settings.publish)],
    ['fault', () => runFaultUnderLoad(cluster, target, editorSide, settings.fault)],
  ] as const) {
    if (!runs(scenario)) continue
    const from = Date.now()
    rows.push(...(await runScenario()))
    console.log(`${scenario}: ${seconds(from)} s`)
  }
} catch (error) {
  failure = error
  for (const instance of cluster.instances) {
    const exited = instance.exitCode()
    console.error(
      `--- ${instance.origin} (pid ${instance.pid}${exited === null ? '' : `, exited ${exited}`}), last output:\n${instance.output().slice(-3000)}`,
    )
  }
} finally {
  await cluster.stop()
}
rows.push(row('setup', 'load average after (1, 5, 15 min)', load()))
rows.push(row('setup', 'wall time', `${seconds(started)} s`))

printTable(rows)
if (args.includes('--markdown')) console.log(`\n${markdownTable(rows)}\n`)
if (failure) {
  console.error('load run aborted:', failure)
  process.exitCode = 1
} else if (failuresOf(rows).length > 0) {
  console.error(`load run: ${failuresOf(rows).length} goal(s) not met`)
  process.exitCode = 1
}
