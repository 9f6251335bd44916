// Throughput: the public endpoint at 100 connections, as browsers ask: no error and no answer
// other than 2xx, p50/p99 and req/s, and the server's resident memory after the warm-up and at
// the end (flat: within 10 %).
import type { Instance } from './cluster'
import { hammer } from './loadTools'
import type { Row } from './report'
import { row } from './report'

export interface ThroughputOptions {
  warmupSeconds: number
  seconds: number
  /** Check RSS growth (the short run is too brief for memory to settle: reported only). */
  checksMemory: boolean
}

export const MEMORY_GROWTH_LIMIT = 0.1

export const runThroughput = async (
  target: Instance,
  { warmupSeconds, seconds, checksMemory }: ThroughputOptions,
): Promise<Row[]> => {
  const name = `throughput, ${seconds} s`
  const warmup = await hammer(target.origin, warmupSeconds)
  const rssAfterWarmup = target.rssKb()
  const load = await hammer(target.origin, seconds)
  const rssAtEnd = target.rssKb()
  const growth = (rssAtEnd - rssAfterWarmup) / rssAfterWarmup
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`
  return [
    row(name, 'errors + non-2xx (warm-up and run)', load.errors + load.non2xx, {
      goal: '0',
      isMet: load.errors + load.non2xx + warmup.errors + warmup.non2xx === 0,
    }),
    row(name, 'requests', load.requests),
    row(name, 'req/s', load.reqPerSecond),
    row(name, 'latency p50 / p99', `${load.p50} / ${load.p99} ms`),
    row(
      name,
      'RSS after warm-up → end',
      `${mb(rssAfterWarmup)} → ${mb(rssAtEnd)} (${(growth * 100).toFixed(1)} %)`,
      checksMemory
        ? { goal: `≤ +${MEMORY_GROWTH_LIMIT * 100} %`, isMet: growth <= MEMORY_GROWTH_LIMIT }
        : undefined,
    ),
  ]
}
