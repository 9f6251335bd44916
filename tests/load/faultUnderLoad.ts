// The database failing mid-run (databaseFault.ts), with the load on: the public endpoint keeps answering from
// its last good copy (marked `x-cache: STALE`) with no error, the fault is real (Payload's REST
// read and /api/ready fail; an editor's admin says so in Vietnamese, then comes back by itself), the servers recover by
// themselves once the file is back, nothing saved before the fault is lost, and a new publish
// shows again within the goal.
import { fileURLToPath } from 'node:url'

import { openAdminWatcher } from './adminDuringFault'
import type { Cluster, Instance } from './cluster'
import { accounts } from './cluster'
import { breakDatabase } from './databaseFault'
import {
  ask,
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

const ADMIN_SCREENSHOT = fileURLToPath(
  new URL('../test-results/load-admin-during-fault.png', import.meta.url),
)

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
  const admin = await openAdminWatcher(target.origin, accounts.editor, ADMIN_SCREENSHOT)
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
      // An editor signed in before the fault opens the campaigns list from the dashboard.
      const shown = await admin.openListDuringFault()
      const loggedDigests = () =>
        target.errorLines().flatMap((line) => /"digest":"([^"]+)"/.exec(line)?.[1] ?? [])
      // Next reports the failure to instrumentation.ts, which logs it: allow it a moment.
      const isCodeLogged =
        shown.code !== '' &&
        (await waitFor(
          () => target.errorLines().some((line) => line.includes(`"digest":"${shown.code}"`)),
          5_000,
        )) !== null
      rows.push(
        row(name, 'Payload REST read during the fault', `${rest.status} ${restBody.slice(0, 80)}`, {
          goal: '5xx (the fault is real)',
          isMet: rest.status >= 500,
        }),
        row(name, '/api/ready during the fault', `${ready.status} ${readyBody.slice(0, 90)}`, {
          goal: '503',
          isMet: ready.status === 503,
        }),
        row(
          name,
          'admin, the list opened during the fault',
          shown.title ? `"${shown.title}" (${admin.screenshot})` : 'no clear error',
          {
            goal: 'says in Vietnamese that the database does not answer',
            isMet: shown.title !== '',
          },
        ),
        row(
          name,
          'admin, its error code in the server’s JSON log',
          shown.code
            ? `${shown.code}: ${isCodeLogged ? 'found' : `not found (logged: ${loggedDigests().join(', ') || 'none'})`}`
            : 'no code shown',
          { goal: 'found', isMet: isCodeLogged },
        ),
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
    const listAfterMs = await admin.listShownAfterRecovery(30_000)
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
        'admin, the error screen once the database is back',
        listAfterMs === null
          ? 'still there after 30 s'
          : `reloaded into the list in ${listAfterMs} ms`,
        { goal: 'by itself', isMet: listAfterMs !== null },
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
    await admin.close()
  }
}
