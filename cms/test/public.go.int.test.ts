// GET /go/:site, the image snippet's link: where it leads in each phase of the site's editions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startPublicServer } from './helpers/publicServer'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>
const clock = { now: new Date('2025-11-20T03:00:00Z') }
const ARTICLE = 'https://portal-a.example/tin-tuc/thang-hanh-dong-2025'
const PORTAL = 'https://portal-a.example/'

beforeAll(async () => {
  await t.payload.update({
    collection: 'sites',
    id: t.world.siteA.id,
    data: { portalUrl: PORTAL },
  })
  api = await startPublicServer(t.payload, clock)
})

beforeEach(async () => {
  clock.now = new Date('2025-11-20T03:00:00Z')
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
})

afterAll(() => api.close())

const go = (slug: string) => fetch(`${api.origin}/go/${slug}`, { redirect: 'manual' })

const expectRedirect = async (slug: string, location: string) => {
  const response = await go(slug)
  expect(response.status).toBe(302)
  expect(response.headers.get('location')).toBe(location)
  return response
}

describe('/go/:site leads to the current edition’s article', () => {
  it('while it is live, with a short cache lifetime', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { articleUrl: ARTICLE }),
    })
    const response = await expectRedirect(t.world.siteA.slug, ARTICLE)
    const cacheControl = response.headers.get('cache-control') ?? ''
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0)
    expect(cacheControl === 'no-cache' || maxAge <= 60).toBe(true)
  })

  it('while it is upcoming and its display window has begun', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        articleUrl: ARTICLE,
        displayWindow: { start: '2025-11-01', end: null },
      }),
    })
    clock.now = new Date('2025-11-05T03:00:00Z')
    await expectRedirect(t.world.siteA.slug, ARTICLE)
  })

  it('after it ended, while its display window lasts; then to the portal', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        articleUrl: ARTICLE,
        displayWindow: { start: null, end: '2025-12-31' },
      }),
    })
    clock.now = new Date('2025-12-20T03:00:00Z')
    await expectRedirect(t.world.siteA.slug, ARTICLE)
    clock.now = new Date('2026-01-01T03:00:00Z')
    await expectRedirect(t.world.siteA.slug, PORTAL)
  })
})

describe('/go/:site without an article to lead to', () => {
  it('leads to the portal when the site shows nothing', async () => {
    await expectRedirect(t.world.siteA.slug, PORTAL)
  })

  it('leads to the portal when the edition has no article link', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    await expectRedirect(t.world.siteA.slug, PORTAL)
  })

  it('leads to the site’s archive page when the site has no portal address', async () => {
    await expectRedirect(t.world.siteB.slug, `http://cms.test/sites/${t.world.siteB.slug}/archive`)
  })

  it('ignores an article address that is not http(s)', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    // Straight through the database adapter (the field's own validation would refuse it), before
    // anything asked for the site since the edition was made: nothing cached hides it.
    await t.payload.db.updateOne({
      collection: 'campaigns',
      id: edition.id,
      data: { articleUrl: 'javascript:alert(1)' },
    })
    const stored = await t.payload.findByID({ collection: 'campaigns', id: edition.id })
    expect(stored.articleUrl).toBe('javascript:alert(1)')
    await expectRedirect(t.world.siteA.slug, PORTAL)
  })

  it('follows a change of the article link at once', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { articleUrl: ARTICLE }),
    })
    await expectRedirect(t.world.siteA.slug, ARTICLE)
    const moved = 'https://portal-a.example/tin-tuc/bai-moi'
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { articleUrl: moved },
    })
    await expectRedirect(t.world.siteA.slug, moved)
  })
})

describe('/go/ for what is not a site', () => {
  it.each(['khong-co-trang-nay', 'SITE-A', '%E0%A4%A', '__proto__', 'constructor'])(
    '/go/%s answers 404',
    async (slug) => {
      const response = await go(slug)
      expect(response.status).toBe(404)
      expect(response.headers.get('location')).toBeNull()
      expect(response.headers.get('content-type')).toContain('text/html')
    },
  )

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${api.origin}/go/${t.world.siteA.slug}`, { method: 'POST' })
    expect(response.status).toBe(405)
  })
})
