// A database outage: the public API keeps serving the last good body, marked stale, and answers
// 503 (JSON, stable code) where it has nothing to fall back on.
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startPublicServer } from './helpers/publicServer'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'
import type { World } from './helpers/world'
import { editionData, makeWorld } from './helpers/world'

let env: TestPayload
let payload: Payload
let world: World
let api: Awaited<ReturnType<typeof startPublicServer>>
const clock = { now: new Date('2025-11-20T03:00:00Z') }

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
  world = await makeWorld(payload)
  await payload.create({ collection: 'campaigns', data: editionData(world.siteA) })
  api = await startPublicServer(payload, clock)
})

afterAll(async () => {
  await api.close()
  // The database is already closed: only the temp files are left to remove.
  await env.cleanup().catch(() => undefined)
})

it('serves the last good body marked stale, or 503 when it has none', async () => {
  const path = `/api/public/sites/${world.siteA.slug}/campaign?locale=vi`
  const good = await api.get(path)
  expect(good.status).toBe(200)
  const goodBody = await good.text()

  await payload.db.destroy?.()
  clock.now = new Date(clock.now.getTime() + 10 * 60 * 1000) // past the memory TTL

  const stale = await api.get(path)
  expect(stale.status).toBe(200)
  expect(stale.headers.get('x-cache')).toBe('STALE')
  expect(stale.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  expect(await stale.text()).toBe(goodBody)

  const never = await api.get(`/api/public/sites/${world.siteA.slug}/campaign?locale=en`)
  expect(never.status).toBe(503)
  expect(await never.json()).toMatchObject({ error: { code: 'unavailable' } })
})
