// Several instances, one truth: a change saved through one process (a web instance, the jobs
// worker) is served by every other within 2 s, through the database's change marker, while
// their public caches would otherwise keep the old answer for PUBLIC_CACHE_TTL (30 s).
import { availableParallelism, loadavg } from 'node:os'

import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

import type { Campaign } from '../src/payload-types'
import type { ChangeWatch } from '../src/public/changeMarker'
import { CHANGE_MARKER_KEY, watchChangeMarker } from '../src/public/changeMarker'
import { runWorkerOnce, startWebInstance } from './helpers/otherInstance'
import { startPublicServer } from './helpers/publicServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let here: Awaited<ReturnType<typeof startPublicServer>>
let other: Awaited<ReturnType<typeof startWebInstance>>
let watch: ChangeWatch

// The goal is 2 s: one poll of the marker (1 s) plus rebuilding the answer. A loaded machine (CI
// runs several suites on two cores) slows every step, so the budget grows with the load average
// per core, up to 5× (10 s: still well inside the 30 s cache TTL the marker replaces); the
// figures are printed on every run.
const GOAL_MS = 2000
const budget = (): number => {
  const [oneMinute = 0] = loadavg()
  return GOAL_MS * Math.min(5, Math.max(1, oneMinute / availableParallelism()))
}

// One live edition at a time, so the one each test makes is the one shown.
beforeEach(async () => {
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
})

beforeAll(async () => {
  here = await startPublicServer(t.payload)
  watch = watchChangeMarker({ payload: t.payload })
  other = await startWebInstance()
}, 180_000)

afterAll(async () => {
  watch.stop()
  await other.stop()
  await here.close()
})

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** An edition live today on site A. */
const liveToday = (overrides: Partial<Campaign> = {}) =>
  editionData(t.world.siteA, {
    year: new Date().getUTCFullYear(),
    campaignWindow: { start: day(-1), end: day(30) },
    ...overrides,
  })

const currentAt = async (origin: string): Promise<string> => {
  const response = await fetch(
    `${origin}/api/public/sites/${t.world.siteA.slug}/campaign?locale=vi`,
  )
  expect(response.status).toBe(200)
  return response.text()
}

/** How long until `origin` answers with (or without) `title`; fails past the cache TTL. */
const delayUntil = async (origin: string, title: string, isShown: boolean): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started < 30_000) {
    if ((await currentAt(origin)).includes(title) === isShown) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${origin} still ${isShown ? 'lacks' : 'shows'} "${title}"`)
}

/** When `origin` first answered with `title` (epoch ms), watching every 50 ms until `until` ends. */
const firstSeen = async (
  origin: string,
  title: string,
  until: Promise<unknown>,
): Promise<number> => {
  let isOver = false
  void until.then(() => setTimeout(() => (isOver = true), GOAL_MS * 2))
  while (!isOver) {
    if ((await currentAt(origin)).includes(title)) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${origin} never showed "${title}"`)
}

it('a publish through one instance is served by the other within 2 s', async () => {
  const title = `Đăng qua A ${Date.now()}`
  // Both have cached the answer without it.
  expect(await currentAt(other.origin)).not.toContain(title)
  await t.payload.create({ collection: 'campaigns', data: liveToday({ title }) })
  const ownChangeMs = await delayUntil(here.origin, title, true)
  const otherMs = await delayUntil(other.origin, title, true)
  console.log(
    `publish: this instance ${ownChangeMs} ms, the other ${otherMs} ms (budget ${budget()} ms)`,
  )
  expect(otherMs).toBeLessThan(budget())
})

it('an unpublish through the other instance is served here within 2 s', async () => {
  const title = `Gỡ qua B ${Date.now()}`
  const made = await t.payload.create({ collection: 'campaigns', data: liveToday({ title }) })
  await delayUntil(here.origin, title, true)
  const login = await fetch(`${other.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: t.world.admin.email, password: passwordOf(t.world.admin) }),
  })
  const { token } = (await login.json()) as { token: string }
  const unpublished = await fetch(`${other.origin}/api/campaigns/${made.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ _status: 'draft' }),
  })
  expect(unpublished.status).toBe(200)
  const hereMs = await delayUntil(here.origin, title, false)
  console.log(`unpublish through the other: this instance ${hereMs} ms`)
  expect(hereMs).toBeLessThan(budget())
  await delayUntil(other.origin, title, false)
})

it('a publish on schedule by the worker process is served by both within 2 s', async () => {
  const title = `Hẹn giờ ${Date.now()}`
  const draft = await t.payload.create({
    collection: 'campaigns',
    data: liveToday({ title, _status: 'draft' }),
  })
  await t.payload.create({
    collection: 'payload-jobs',
    data: {
      taskSlug: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'campaigns', value: String(draft.id) },
        user: { relationTo: 'users', value: t.world.admin.id },
      },
      waitUntil: new Date(Date.now() - 1000).toISOString(),
    },
  })
  expect(await currentAt(here.origin)).not.toContain(title)
  expect(await currentAt(other.origin)).not.toContain(title)
  // Watched while the worker boots and runs, so shutting it down is not counted.
  const worker = runWorkerOnce()
  const [code, seenHere, seenThere] = await Promise.all([
    worker,
    firstSeen(here.origin, title, worker),
    firstSeen(other.origin, title, worker),
  ])
  expect(code).toBe(0)
  const stored = await t.payload.findByID({ collection: 'campaigns', id: draft.id })
  expect(stored._status).toBe('published')
  // The worker wrote the marker once its publish was saved: the moment others can know of it.
  const marker = await t.payload.kv.get<{ version: number }>(CHANGE_MARKER_KEY)
  const published = marker?.version ?? Number.NaN
  console.log(
    `worker's publish: ${seenHere - published} ms here, ${seenThere - published} ms there`,
  )
  expect(seenHere - published).toBeLessThan(budget())
  expect(seenThere - published).toBeLessThan(budget())
}, 180_000)
