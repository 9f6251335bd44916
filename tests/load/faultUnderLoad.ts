// The database failing mid-run (databaseFault.ts), with the load on: the public endpoint keeps answering from
// its last good copy (marked `x-cache: STALE`) with no error, the fault is real (Payload's REST
// read and /api/ready fail, the admin answers with an error page), the servers recover by
// themselves once the file is back, nothing saved before the fault is lost, and a new publish
// shows again within the goal.
import type { Cluster, Instance } from './cluster'
import { breakDatabase } from './databaseFault'
import {
  ask,
  BROWSER_HEADERS,
  delayUntilShown,
  endpointOf,
  publishTitle,
  signInEditor,
  sleep,
  startHammer,
  storedTitle,
  visibilityBudget,
} from './loadTools'
import type { Row } from './report'
import { row } from './report'

export interface FaultOptions {
  /** How long the database stays away: longer than PUBLIC_CACHE_TTL, so answers expire in it. */
  faultSeconds: number
}

interface Sample {
  at: number
  status: number
  cache: string
}

/** Asks the public endpoint every 100 ms, as one more visitor, until stopped. */
const startSampler = (origin: string) => {
  const samples: Sample[] = []
  let isRunning = true
  const running = (async () => {
    while (isRunning) {
      const at = Date.now()
      try {
        const response = await ask(endpointOf(origin))
        samples.push({ at, status: response.status, cache: response.header('x-cache') })
      } catch {
        samples.push({ at, status: 0, cache: '' })
      }
      await sleep(100)
    }
  })()
  return {
    samples,
    stop: async () => {
      isRunning = false
      await running
    },
  }
}

const waitFor = async (isDone: () => boolean, timeoutMs: number): Promise<number | null> => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (isDone()) return Date.now() - started
    await sleep(50)
  }
  return null
}

export const runFaultUnderLoad = async (
  cluster: Cluster,
  target: Instance,
  editorSide: Instance,
  { faultSeconds }: FaultOptions,
): Promise<Row[]> => {
  const name = `database failing ${faultSeconds} s under load`
  const editor = await signInEditor(editorSide.origin)
  const load = startHammer(target.origin)
  const sampler = startSampler(target.origin)
  const rows: Row[] = []
  try {
    // Saved before the fault, and shown.
    const savedBefore = `Before the fault ${Date.now()}`
    await publishTitle(editor, savedBefore)
    await delayUntilShown(target.origin, savedBefore)

    const fault = await breakDatabase(
      cluster.databaseFile,
      cluster.instances.map(({ pid }) => pid),
    )
    const faultAt = Date.now()
    let restoredAt = 0
    try {
      const auth = { authorization: `JWT ${editor.token}` }
      const rest = await ask(`${target.origin}/api/campaigns/${editor.campaignId}?depth=0`, {
        headers: auth,
      })
      const restBody = rest.text
      const ready = await ask(`${target.origin}/api/ready`)
      const readyBody = ready.text
      // As a browser navigates to it (a browser's Accept and user agent).
      const admin = await ask(`${target.origin}/admin/collections/campaigns`, {
        headers: {
          cookie: `payload-token=${editor.token}`,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'user-agent': BROWSER_HEADERS['user-agent'],
        },
      })
      // Two outcomes, depending on which read fails first: Next's error page (500; its script
      // draws "This page couldn’t load. A server error occurred. Reload to try again."), or,
      // when it is the session check, Payload takes the editor for signed out and sends them to
      // the sign-in page (200, a redirect in the streamed page), where signing in then fails.
      const adminOutcome =
        admin.status >= 500 && /<script/.test(admin.text)
          ? "Next's error page"
          : admin.status === 200 && admin.text.includes('NEXT_REDIRECT;replace;/admin/login')
            ? 'sent to the sign-in page'
            : 'something else'
      rows.push(
        row(name, 'Payload REST read during the fault', `${rest.status} ${restBody.slice(0, 80)}`, {
          goal: '5xx (the fault is real)',
          isMet: rest.status >= 500,
        }),
        row(name, '/api/ready during the fault', `${ready.status} ${readyBody.slice(0, 90)}`, {
          goal: '503',
          isMet: ready.status === 503,
        }),
        row(name, 'admin page during the fault', `${admin.status}, ${adminOutcome}`, {
          goal: 'not blank',
          isMet: adminOutcome !== 'something else',
        }),
      )
      await sleep(Math.max(0, faultAt + faultSeconds * 1000 - Date.now()))
    } finally {
      await fault.restore()
      restoredAt = Date.now()
    }

    const during = sampler.samples.filter((s) => s.at >= faultAt && s.at < restoredAt)
    const recoveredMs = await waitFor(
      () =>
        sampler.samples.some((s) => s.at > restoredAt && s.status === 200 && s.cache !== 'STALE'),
      30_000,
    )
    const titleAfter = await storedTitle(editor)
    const savedAfter = `After the fault ${Date.now()}`
    await publishTitle(editor, savedAfter)
    const shownMs = await delayUntilShown(target.origin, savedAfter)
    const budget = visibilityBudget()
    const figures = await load.stop()
    await sampler.stop()

    const stale = during.filter((s) => s.cache === 'STALE').length
    const failed = during.filter((s) => s.status !== 200).length
    rows.push(
      row(name, 'errors + non-2xx (whole run)', figures.errors + figures.non2xx, {
        goal: '0',
        isMet: figures.errors + figures.non2xx === 0,
      }),
      row(
        name,
        'req/s · p50 / p99',
        `${figures.reqPerSecond} · ${figures.p50} / ${figures.p99} ms`,
      ),
      row(
        name,
        'answers sampled during the fault',
        `${during.length}: ${stale} STALE, ${failed} not 200`,
        {
          goal: 'all 200, stale ones marked STALE',
          isMet: during.length > 0 && stale > 0 && failed === 0,
        },
      ),
      row(
        name,
        'fresh answers again after the file is back',
        recoveredMs === null ? 'not within 30 s' : `${recoveredMs} ms`,
        { goal: 'by itself', isMet: recoveredMs !== null },
      ),
      row(
        name,
        'publish saved before the fault, read after',
        titleAfter === savedBefore ? 'kept' : `lost: "${titleAfter}"`,
        {
          goal: 'kept',
          isMet: titleAfter === savedBefore,
        },
      ),
      row(name, 'new publish after recovery → shown', `${shownMs} ms`, {
        goal: `< 2 s (budget with the load: ${budget} ms)`,
        isMet: shownMs < budget,
      }),
    )
    return rows
  } finally {
    await sampler.stop()
    await load.stop().catch(() => undefined)
  }
}
