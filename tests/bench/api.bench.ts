// pnpm bench:api — throughput of the public endpoint against Payload's REST API and a bare
// node:http server returning the same bytes, on this machine, in one run; and the image
// snippet's banner.png once drawn (warm: answered from memory, goal ≤ 50 ms).
// Reach counting (src/reach/) is measured against a second instance with REACH_COUNTING=false, in
// alternate rounds, as a browser asks (a browser's user agent, brotli): within 5 % is the goal.
//   BENCH_DURATION (s, default 10) · BENCH_CONNECTIONS (default 50) · BENCH_SKIP_BUILD=1
import { fork } from 'node:child_process'
import { once } from 'node:events'

import autocannon from 'autocannon'

import { startCms } from './cmsProcess'

const duration = Number(process.env.BENCH_DURATION ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const cmsPort = 3400
const barePort = 3401
const uncountedPort = 3402
const site = 'demo-portal'

interface Figure {
  name: string
  requests: number
  p99: number
  /** Mean latency, ms. */
  mean: number
  /** Answers other than the expected 200 (or 304 for the conditional run), and socket errors. */
  failures: number
}

const measure = async (
  name: string,
  url: string,
  headers: Record<string, string> = {},
  { connections: open = connections } = {},
): Promise<Figure> => {
  // A short warm-up so JIT and caches are hot before measuring.
  await autocannon({ url, connections: open, duration: 2, headers })
  const result = await autocannon({ url, connections: open, duration, headers })
  const expected = headers['if-none-match'] ? result['3xx'] : result['2xx']
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  return {
    name,
    requests: result.requests.average,
    p99: result.latency.p99,
    mean: result.latency.average,
    failures: answered - expected + result.errors + result.timeouts,
  }
}

const cms = await startCms({ port: cmsPort, build: process.env.BENCH_SKIP_BUILD !== '1' })
const uncounted = await startCms({
  port: uncountedPort,
  build: false,
  env: { REACH_COUNTING: 'false' },
}).catch(async (error: unknown) => {
  await cms.stop()
  throw error
})
try {
  const endpoint = `${cms.origin}/api/public/sites/${site}/campaign?locale=vi`
  // What browsers send: the endpoint answers them in brotli, with that representation's ETag.
  const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' }
  // Counting on and off first, before the other runs (the REST probe, the first banner drawing)
  // leave work behind in one of the two processes: same build, same request, alternating (and
  // swapping which goes first) so the machine's other load falls on both alike; each side's
  // median round is compared.
  const visitor = {
    ...browser,
    'user-agent':
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  }
  const uncountedEndpoint = `${uncounted.origin}/api/public/sites/${site}/campaign?locale=vi`
  const rounds: { on: Figure[]; off: Figure[] } = { on: [], off: [] }
  for (let round = 0; round < 3; round++) {
    const off = () => measure('public endpoint, counting off', uncountedEndpoint, visitor)
    const on = () => measure('public endpoint, counting on', endpoint, visitor)
    const order = round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)
    for (const side of order) rounds[side].push(await (side === 'on' ? on() : off()))
  }
  const middle = (list: Figure[]) =>
    [...list].sort((a, b) => a.requests - b.requests)[Math.floor(list.length / 2)] as Figure
  const countingOn = middle(rounds.on)
  const countingOff = middle(rounds.off)

  const first = await fetch(endpoint, { headers: { 'accept-encoding': 'identity' } })
  const body = Buffer.from(await first.arrayBuffer())
  const brotli = await fetch(endpoint, { headers: browser })
  if (brotli.headers.get('content-encoding') !== 'br') throw new Error('no brotli answer')
  const etag = brotli.headers.get('etag') ?? ''
  const brotliBytes = brotli.headers.get('content-length')
  const { campaign } = JSON.parse(body.toString()) as { campaign: { id: string } }
  const rest = `${cms.origin}/api/campaigns?where[id][equals]=${campaign.id}&locale=vi&depth=2`
  if ((await fetch(rest)).status !== 200) throw new Error('REST baseline did not answer 200')
  const bannerImage = `${cms.origin}/api/public/sites/${site}/banner.png?variant=bar&locale=vi`
  // The first request draws it (cold: font parsing, layout, rasterising); the bench measures after.
  const coldStart = performance.now()
  const drawn = await fetch(bannerImage)
  const coldMs = performance.now() - coldStart
  if (drawn.headers.get('content-type') !== 'image/png') throw new Error('banner.png is no PNG')
  const bannerBytes = (await drawn.arrayBuffer()).byteLength

  const bare = fork(new URL('./bareServer.ts', import.meta.url), {
    env: { ...process.env, BENCH_BODY: body.toString('base64'), BENCH_PORT: String(barePort) },
    execArgv: ['--import', 'tsx'],
  })
  await once(bare, 'message')

  const figures = [
    await measure('bare node:http, same bytes', `http://localhost:${barePort}/`),
    await measure('public endpoint, 200', endpoint),
    await measure('public endpoint, 304', endpoint, { ...browser, 'if-none-match': etag }),
    await measure('Payload REST /api/campaigns?where…', rest),
    await measure('public endpoint, 200 in brotli', endpoint, browser),
    await measure('banner.png (bar, vi), warm, 200', bannerImage, browser),
    // One request at a time: what one visitor's browser waits, without the others' queue.
    await measure('banner.png, warm, 1 connection', bannerImage, browser, { connections: 1 }),
  ]
  bare.kill()
  figures.push(countingOff, countingOn)

  const [bareFigure, ok, notModified, payloadRest, , banner, bannerAlone] = figures as [
    Figure,
    Figure,
    Figure,
    Figure,
    Figure,
    Figure,
    Figure,
  ]
  console.log(
    `\n${connections} connections, ${duration} s each, body ${body.length} bytes (${brotliBytes} in brotli)\n`,
  )
  console.table(
    figures.map((f) => ({
      target: f.name,
      'req/s': Math.round(f.requests),
      'p99 ms': f.p99,
      'mean ms': f.mean,
      failures: f.failures,
    })),
  )
  const ratio = (a: Figure, b: Figure) => (a.requests / b.requests).toFixed(2)
  console.log(`endpoint 200 / bare server : ${ratio(ok, bareFigure)}  (target ≥ 0.50)`)
  console.log(`endpoint 304 / bare server : ${ratio(notModified, bareFigure)}`)
  console.log(`endpoint 200 / Payload REST: ${ratio(ok, payloadRest)}  (target ≥ 10)`)
  console.log(
    `reach counting on / off: ${ratio(countingOn, countingOff)}  (target ≥ 0.95; rounds on ${rounds.on
      .map((f) => Math.round(f.requests))
      .join(', ')} · off ${rounds.off.map((f) => Math.round(f.requests)).join(', ')} req/s)`,
  )
  console.log(
    `banner.png warm, one at a time: mean ${bannerAlone.mean} ms, p99 ${bannerAlone.p99} ms (goal ≤ 50 ms)`,
  )
  console.log(
    `banner.png warm, ${connections} connections: mean ${banner.mean} ms, p99 ${banner.p99} ms; ${bannerBytes} bytes; first request (drawn) ${Math.round(coldMs)} ms`,
  )
} finally {
  await cms.stop()
  await uncounted.stop()
}
