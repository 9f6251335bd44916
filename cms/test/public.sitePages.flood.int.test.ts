// The webmaster's routes (/go, /embed, the archive page, banner.txt) under a flood of unknown
// sites and odd query strings: every cache and the URL memo hold exactly what the real requests
// put there, and nothing answers 500.
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

const sizes = () => ({
  ...api.publicApi.stats(),
  pages: Object.fromEntries(api.sitePages.map((page) => [page.prefix, page.size()])),
})

const TOTAL = 10_000

describe('a flood of unknown sites and odd query strings', () => {
  it('grows no cache of the site pages or the alt text', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { articleUrl: 'https://portal-a.example/tin-tuc/bai' }),
    })
    const site = t.world.siteA.slug
    // What portals really ask for: each kept once; the flood's variants of them hit that copy.
    const real = [
      `/go/${site}`,
      `/embed/${site}?variant=card&locale=vi`,
      `/sites/${site}/archive`,
      `/api/public/sites/${site}/banner.txt`,
    ]
    for (const path of real) {
      const response = await fetch(`${api.origin}${path}`, { redirect: 'manual' })
      expect(response.status).toBeLessThan(400)
    }
    const before = sizes()
    expect(Object.values(before.pages)).toEqual(api.sitePages.map(() => 1))

    // Each odd request, with the status it must get.
    const odd: [path: (i: number) => string, status: number][] = [
      [(i) => `/go/no-such-site-${i}`, 404],
      [(i) => `/go/${site}?ref=${i}`, 302],
      [(i) => `/go/${site}/extra-${i}`, 404],
      [(i) => `/api/public/sites/no-such-site-${i}/banner.txt`, 404],
      [(i) => `/api/public/sites/${site}/banner.txt?nocache=${i}`, 200],
      [(i) => `/api/public/sites/${site}/banner.txt?locale=x${i}`, 400],
      [(i) => `/embed/no-such-site-${i}?variant=card`, 404],
      [(i) => `/embed/${site}?variant=v${i}`, 400],
      [(i) => `/embed/${site}?variant=card&locale=vi&junk=${i}`, 200],
      [(i) => `/embed/${site}?locale=x${i}`, 400],
      [(i) => `/sites/no-such-site-${i}/archive`, 404],
      [(i) => `/sites/${site}/archive?locale=x${i}`, 400],
      [(i) => `/sites/${site}/archive?year=y${i}`, 400],
      [(i) => `/sites/${site}/archive?nocache=${i}`, 200],
      [(i) => `/sites/${site}/archive/x${i}`, 404],
      [(i) => `/sites/${site}/page-${i}`, 404],
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
    expect(sizes()).toEqual(before)
    // The real requests' copies still answer them (/go sends no body to keep).
    for (const path of real.filter((path) => !path.startsWith('/go/'))) {
      expect((await api.get(path)).headers.get('x-cache')).toBe('HIT')
    }
  }, 60_000)
})
