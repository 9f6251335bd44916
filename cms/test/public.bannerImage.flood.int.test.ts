// banner.png under a flood of unknown sites and odd query strings: the images kept, their
// drawings and the URL memo hold exactly what the real requests put there, and nothing is a 500.
import { publicSitePath } from '@campaign/shared/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flood } from './helpers/flood'
import { startPublicServer } from './helpers/publicServer'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>

beforeAll(async () => {
  api = await startPublicServer(t.payload, null, { cacheTtlSeconds: 3600 })
})

afterAll(() => api.close())

const TOTAL = 10_000

describe('a flood of banner.png requests for unknown sites and odd query strings', () => {
  it('grows no cache', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const image = publicSitePath(t.world.siteA.slug, 'bannerImage')
    // What portals' snippets ask for: each drawn once.
    const real = [
      image,
      `${image}?variant=card&locale=vi`,
      `${image}?variant=bar&locale=en&scale=2`,
      `${image}?variant=card&scale=2`,
    ]
    for (const path of real) expect((await api.get(path)).status).toBe(200)
    const before = api.publicApi.stats()

    // Each odd request, with the status it must get.
    const odd: [path: (i: number) => string, status: number][] = [
      [(i) => publicSitePath(`no-such-site-${i}`, 'bannerImage'), 404],
      [(i) => `${publicSitePath(`No-Such-Site-${i}`, 'bannerImage')}?variant=card`, 404],
      [(i) => `${image}?nocache=${i}`, 200],
      [(i) => `${image}?variant=card&locale=vi&junk=${i}`, 200],
      [(i) => `${image}?variant=v${i}`, 400],
      [(i) => `${image}?scale=3${i}`, 400],
      [(i) => `${image}?locale=x${i}`, 400],
      [(i) => `${image}?year=${2000 + (i % 100)}`, 400],
      [(i) => `${image}/extra-${i}`, 404],
    ]
    const expected = new Map<number, number>()
    for (let i = 0; i < TOTAL; i++) {
      const status = odd[i % odd.length]?.[1] ?? 0
      expected.set(status, (expected.get(status) ?? 0) + 1)
    }
    const statuses = await flood(api.origin, (i) => odd[i % odd.length]?.[0](i) ?? '/', {
      total: TOTAL,
    })
    expect(statuses).toEqual(expected)
    expect(api.publicApi.stats()).toEqual(before)
    for (const path of real) expect((await api.get(path)).headers.get('x-cache')).toBe('HIT')
  }, 120_000)
})
