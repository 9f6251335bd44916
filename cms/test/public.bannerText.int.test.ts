// GET /api/public/sites/:site/banner.txt: the image snippet's current alt text.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startPublicServer } from './helpers/publicServer'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>
const clock = { now: new Date('2025-11-20T03:00:00Z') }

// Anything that names a year or a day: 2025, 15/11, 15/12/2025, 2025-11-15, 15.11.
const YEAR_OR_DATE = /\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/

beforeAll(async () => {
  await t.payload.update({
    collection: 'sites',
    id: t.world.siteB.id,
    data: { allowedOrigins: [{ origin: '*' }], defaultLocale: 'en' },
  })
  api = await startPublicServer(t.payload, clock)
})

beforeEach(async () => {
  clock.now = new Date('2025-11-20T03:00:00Z')
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
})

afterAll(() => api.close())

const bannerText = (site: { slug: string }, query = '') =>
  api.get(`/api/public/sites/${site.slug}/banner.txt${query}`)

describe('banner.txt', () => {
  it('describes the live edition by its series and theme, as plain text', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        seriesName: 'Tháng hành động vì bình đẳng giới',
        theme: 'Chấm dứt bạo lực đối với phụ nữ và trẻ em',
      }),
    })
    const response = await bannerText(t.world.siteA)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe(
      'Tháng hành động vì bình đẳng giới: Chấm dứt bạo lực đối với phụ nữ và trẻ em',
    )
  })

  it('names no year or date, even where the edition’s words do', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        seriesName: 'Tháng hành động vì bình đẳng giới năm 2025',
        title: 'Tháng hành động 2025 (15/11 – 15/12/2025)',
        theme: 'Chấm dứt bạo lực (15/11/2025 – 15/12/2025), năm 2025',
      }),
    })
    const text = await (await bannerText(t.world.siteA)).text()
    expect(text).not.toMatch(YEAR_OR_DATE)
    expect(text).toBe('Tháng hành động vì bình đẳng giới: Chấm dứt bạo lực')
  })

  it('is in the language asked for, else the site’s default', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(t.world.siteB, { theme: 'Chủ đề tiếng Việt' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      locale: 'en',
      data: { seriesName: 'Month of Action for Gender Equality', theme: 'English theme' },
    })
    expect(await (await bannerText(t.world.siteB)).text()).toBe(
      'Month of Action for Gender Equality: English theme',
    )
    expect(await (await bannerText(t.world.siteB, '?locale=vi')).text()).toBe(
      'Tháng hành động vì bình đẳng giới: Chủ đề tiếng Việt',
    )
  })

  it('names the site when it shows nothing', async () => {
    expect(await (await bannerText(t.world.siteA)).text()).toBe(t.world.siteA.name)
  })

  it('answers 304 to its ETag, is cached like the JSON, and changes with the edition', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Chủ đề cũ' }),
    })
    const first = await bannerText(t.world.siteA)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    const again = await bannerText(t.world.siteA)
    expect(again.headers.get('x-cache')).toBe('HIT')
    const revalidated = await api.get(`/api/public/sites/${t.world.siteA.slug}/banner.txt`, {
      'if-none-match': etag,
    })
    expect(revalidated.status).toBe(304)
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Chủ đề mới' },
    })
    const changed = await api.get(`/api/public/sites/${t.world.siteA.slug}/banner.txt`, {
      'if-none-match': etag,
    })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('Chủ đề mới')
  })

  it('allows the site’s origins to read it, as the JSON does', async () => {
    const response = await api.get(`/api/public/sites/${t.world.siteB.slug}/banner.txt`, {
      origin: 'https://anyone.example',
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it.each([
    ['/api/public/sites/khong-co/banner.txt', 404, 'site_not_found'],
    ['/api/public/sites/SITE-A/banner.txt', 404, 'site_not_found'],
  ])('%s → %i %s', async (path, status, code) => {
    const response = await api.get(path)
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({ error: { code } })
  })

  it('refuses an unknown locale and a year', async () => {
    expect((await bannerText(t.world.siteA, '?locale=fr')).status).toBe(400)
    expect((await bannerText(t.world.siteA, '?year=2025')).status).toBe(400)
  })
})
