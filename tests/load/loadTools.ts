// What the load scenarios share: load on the public endpoint as browsers send it, an editor who
// publishes over the REST API, and the load-aware budget for the 2 s visibility goal.
import { request } from 'node:http'
import { availableParallelism, loadavg } from 'node:os'

import autocannon from 'autocannon'

import { accounts } from './cluster'

export const SITE = 'demo-portal'
/** The seed's live edition on the demo portal (cms/src/seed/seedDemoEdition.ts). */
export const DEMO_SLUG = 'chien-dich-minh-hoa'
export const CONNECTIONS = 100

export const endpointOf = (origin: string): string =>
  `${origin}/api/public/sites/${SITE}/campaign?locale=vi`

/** What a browser sends: brotli accepted, a browser's user agent (so reach counting runs). */
export const BROWSER_HEADERS = {
  'accept-encoding': 'gzip, deflate, br, zstd',
  'user-agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
}

export interface LoadFigures {
  seconds: number
  requests: number
  reqPerSecond: number
  p50: number
  p99: number
  /** Connection errors and timeouts. */
  errors: number
  /** Answers other than 2xx. */
  non2xx: number
}

const figuresOf = (result: autocannon.Result): LoadFigures => {
  return {
    seconds: result.duration,
    requests: result.requests.total,
    reqPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Connection errors, timeouts included.
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

/** `seconds` of load at `connections` on the public endpoint of `origin`. */
export const hammer = async (
  origin: string,
  seconds: number,
  connections = CONNECTIONS,
): Promise<LoadFigures> => {
  const result = await autocannon({
    url: endpointOf(origin),
    connections,
    duration: seconds,
    headers: BROWSER_HEADERS,
    timeout: 10,
  })
  return figuresOf(result)
}

/** Load until `stop()` is called, which resolves with its figures. */
export const startHammer = (origin: string, connections = CONNECTIONS) => {
  let done: (figures: LoadFigures) => void = () => {}
  let failed: (error: unknown) => void = () => {}
  const finished = new Promise<LoadFigures>((resolve, reject) => {
    done = resolve
    failed = reject
  })
  const instance = autocannon(
    {
      url: endpointOf(origin),
      connections,
      // Long enough for any scenario; stop() ends it.
      duration: 3600,
      headers: BROWSER_HEADERS,
      timeout: 10,
    },
    (error, result) => {
      if (error) failed(error)
      else done(figuresOf(result))
    },
  )
  return {
    stop: (): Promise<LoadFigures> => {
      instance.stop()
      return finished
    },
  }
}

// The goal is 2 s: one poll of the change marker (1 s) plus rebuilding the answer. A loaded
// machine slows every step, so the budget grows with the load average per core, up to 5× (as in
// cms/test/instances.int.test.ts); the raw delays are reported.
export const GOAL_MS = 2000
export const visibilityBudget = (): number => {
  const [oneMinute = 0] = loadavg()
  return Math.round(GOAL_MS * Math.min(5, Math.max(1, oneMinute / availableParallelism())))
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface Answer {
  status: number
  header: (name: string) => string
  text: string
}

/**
 * One request on a connection of its own. The script's own requests never reuse a kept-alive
 * connection: one the server closes for idleness just as it is reused (likelier right after gdb
 * paused a server, see databaseFault.ts) would fail for a reason no visitor meets.
 */
export const ask = (
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', reject)
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          header: (name) => String(incoming.headers[name.toLowerCase()] ?? ''),
          text: Buffer.concat(chunks).toString(),
        }),
      )
    })
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${url}: no answer in 30 s`)))
    outgoing.on('error', reject)
    outgoing.end(body)
  })

const json = { 'content-type': 'application/json' }

export interface Editor {
  origin: string
  token: string
  campaignId: number | string
}

/** The seeded editor, signed in on `origin` over the REST API, and the demo edition's id. */
export const signInEditor = async (origin: string): Promise<Editor> => {
  const login = await ask(`${origin}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(accounts.editor),
  })
  if (login.status !== 200)
    throw new Error(`${origin}: the editor could not sign in (${login.status})`)
  const { token } = JSON.parse(login.text) as { token: string }
  const found = await ask(
    `${origin}/api/campaigns?where[slug][equals]=${DEMO_SLUG}&depth=0&limit=1`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const { docs } = JSON.parse(found.text) as { docs: Array<{ id: number | string }> }
  const campaignId = docs[0]?.id
  if (campaignId === undefined) throw new Error(`${origin}: no "${DEMO_SLUG}" edition`)
  return { origin, token, campaignId }
}

/** Publishes a new Vietnamese title through the editor's instance; resolves once it is saved. */
export const publishTitle = async (editor: Editor, title: string): Promise<void> => {
  const response = await ask(
    `${editor.origin}/api/campaigns/${editor.campaignId}?locale=vi&depth=0`,
    {
      method: 'PATCH',
      headers: { ...json, authorization: `JWT ${editor.token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    },
  )
  if (response.status !== 200) {
    throw new Error(`publish "${title}" answered ${response.status}: ${response.text}`)
  }
}

/** The stored (published) Vietnamese title, read through the editor's instance. */
export const storedTitle = async (editor: Editor): Promise<string> => {
  const response = await ask(
    `${editor.origin}/api/campaigns/${editor.campaignId}?locale=vi&depth=0&draft=false`,
    { headers: { authorization: `JWT ${editor.token}` } },
  )
  if (response.status !== 200) throw new Error(`read answered ${response.status}`)
  return (JSON.parse(response.text) as { title: string }).title
}

/** Milliseconds until `origin`'s public endpoint shows `title` (polled every 50 ms, ≤ 30 s). */
export const delayUntilShown = async (origin: string, title: string): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started < 30_000) {
    try {
      const response = await ask(endpointOf(origin))
      if (response.status === 200 && response.text.includes(title)) return Date.now() - started
    } catch {
      // counted by the load's own error figures
    }
    await sleep(50)
  }
  throw new Error(`${origin} still does not show "${title}" after 30 s`)
}

const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN
}

export const summarize = (delays: readonly number[]): string =>
  delays.length === 0
    ? '—'
    : `median ${percentile(delays, 0.5)} ms, max ${Math.max(...delays)} ms (${delays.join(', ')})`
