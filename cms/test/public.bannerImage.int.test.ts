// GET /api/public/sites/:site/banner.png: the image snippet's picture of what the site shows now,
// over real HTTP against a real database, the server's clock moved by the test.
import { readFileSync, writeFileSync } from 'node:fs'

import { publicSitePath } from '@campaign/shared/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { BANNER_IMAGE_SIZES } from '../src/public/bannerImage/sizes'
import { meanDifference, pixelAt, pngSize } from './helpers/png'
import { startPublicServer } from './helpers/publicServer'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>
// 20/11/2025 10:00 in Ho Chi Minh City: the edition below is live, 25 days left.
const MORNING = new Date('2025-11-20T03:00:00Z')
const clock = { now: MORNING }

// A render of DIACRITICS' edition, checked by eye when it was made; `UPDATE_REFERENCE_IMAGES=1`
// writes it anew (look at it before committing it).
const REFERENCE = new URL('./fixtures/banner-bar-vi.png', import.meta.url)
const DIACRITICS = {
  title: 'Tháng hành động vì bình đẳng giới năm 2025',
  theme: 'Chấm dứt bạo lực đối với phụ nữ và trẻ em; ưu tiên hỗ trợ người yếu thế',
}
// As much apart as two renders of one text may be (anti-aliasing across library versions).
const TOLERANCE = 0.5

beforeAll(async () => {
  api = await startPublicServer(t.payload, clock)
})

beforeEach(async () => {
  clock.now = MORNING
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
})

afterAll(() => api.close())

const bannerPath = (site: { slug: string }, query = '') =>
  `${publicSitePath(site.slug, 'bannerImage')}${query}`

const fetchBanner = async (
  site: { slug: string },
  query = '',
  headers: Record<string, string> = {},
) => {
  const response = await api.get(bannerPath(site, query), headers)
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

const publish = (overrides: Parameters<typeof editionData>[1] = {}) =>
  t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA, overrides) })

/** Strips Vietnamese marks: 'Chấm dứt' → 'Cham dut'. */
const withoutMarks = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')

describe('banner.png', () => {
  it.each([
    ['bar', 1],
    ['bar', 2],
    ['card', 1],
    ['card', 2],
  ] as const)('is an image/png of the declared size: %s at %i×', async (variant, scale) => {
    await publish()
    const { response, bytes } = await fetchBanner(
      t.world.siteA,
      `?variant=${variant}&scale=${scale}`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('content-length')).toBe(String(bytes.length))
    expect(pngSize(bytes)).toEqual({
      width: BANNER_IMAGE_SIZES[variant].width * scale,
      height: BANNER_IMAGE_SIZES[variant].height * scale,
    })
  })

  it('keeps its bytes and answers 304 while nothing changed, past the memory’s TTL too', async () => {
    await publish()
    const first = await fetchBanner(t.world.siteA)
    const etag = first.response.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await fetchBanner(t.world.siteA)
    expect(again.response.headers.get('x-cache')).toBe('HIT')
    expect(again.bytes.equals(first.bytes)).toBe(true)
    const revalidated = await api.get(bannerPath(t.world.siteA), { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('etag')).toBe(etag)
    // Later the same day, the answers rebuilt from the database: the same picture.
    clock.now = new Date(MORNING.getTime() + 5 * 60_000)
    const later = await api.get(bannerPath(t.world.siteA), { 'if-none-match': etag })
    expect(later.status).toBe(304)
  })

  it('changes its bytes when the edition changes', async () => {
    const edition = await publish({ theme: 'Chủ đề cũ' })
    const before = await fetchBanner(t.world.siteA)
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Chủ đề mới' },
    })
    const after = await fetchBanner(t.world.siteA, '', {
      'if-none-match': before.response.headers.get('etag') ?? '',
    })
    expect(after.response.status).toBe(200)
    expect(after.bytes.equals(before.bytes)).toBe(false)
  })

  it('changes its bytes with the day and the phase, in the site’s zone', async () => {
    // Starts on 22/11: two days ahead, then tomorrow, then live.
    await publish({
      campaignWindow: { start: '2025-11-22', end: '2025-12-15' },
      displayWindow: { start: '2025-11-15', end: '2025-12-15' },
    })
    const days = [
      '2025-11-20T03:00:00Z',
      '2025-11-20T16:59:00Z',
      '2025-11-20T17:00:00Z',
      '2025-11-21T17:00:00Z',
    ]
    const etags: string[] = []
    for (const day of days) {
      clock.now = new Date(day)
      etags.push((await fetchBanner(t.world.siteA)).response.headers.get('etag') ?? '')
    }
    // 23:59 is still the 20th there; midnight (17:00 UTC) is the 21st, then the 22nd (live).
    expect(etags[1]).toBe(etags[0])
    expect(new Set(etags).size).toBe(3)
  })

  it('is kept by browsers and proxies no later than the site’s next midnight', async () => {
    await publish()
    const morning = await fetchBanner(t.world.siteA)
    expect(morning.response.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    // 23:59:30 in Ho Chi Minh City.
    clock.now = new Date('2025-11-20T16:59:30Z')
    const lateNight = await fetchBanner(t.world.siteA)
    expect(lateNight.response.headers.get('cache-control')).toBe(
      'public, max-age=30, stale-while-revalidate=0',
    )
  })

  it('draws the Vietnamese letters with their marks, as the reference render', async () => {
    await publish(DIACRITICS)
    const { bytes } = await fetchBanner(t.world.siteA, '?variant=bar&scale=1&locale=vi')
    if (process.env.UPDATE_REFERENCE_IMAGES === '1') writeFileSync(REFERENCE, bytes)
    const reference = readFileSync(REFERENCE)
    expect(await meanDifference(bytes, reference)).toBeLessThanOrEqual(TOLERANCE)

    // The same words without their marks are far from it: the comparison sees the marks.
    await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
    await publish({ title: withoutMarks(DIACRITICS.title), theme: withoutMarks(DIACRITICS.theme) })
    const unmarked = await fetchBanner(t.world.siteA, '?variant=bar&scale=1&locale=vi')
    expect(await meanDifference(unmarked.bytes, reference)).toBeGreaterThan(TOLERANCE * 3)
  })

  it('draws the edition’s image from the media folder', async () => {
    const red = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#ff0000' },
    })
      .png()
      .toBuffer()
    const image = await t.payload.create({
      collection: 'media',
      data: { title: 'Ảnh chiến dịch', alt: 'Ảnh chiến dịch' },
      file: { data: red, mimetype: 'image/png', name: 'anh-chien-dich.png', size: red.length },
      user: t.world.editorA,
      overrideAccess: false,
    })
    await publish({ bannerImage: image.id })
    const { bytes } = await fetchBanner(t.world.siteA, '?variant=bar')
    // The bar's image box is its left 90 × 90 px.
    expect(await pixelAt(bytes, 45, 45)).toBe('#ff0000')
    expect(await pixelAt(bytes, 400, 5)).not.toBe('#ff0000')
    await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
    await t.payload.delete({ collection: 'media', id: image.id })
  })

  it('is a quiet image of the same size, in its own bytes, when the site shows nothing', async () => {
    const none = await fetchBanner(t.world.siteA, '?variant=card')
    expect(none.response.status).toBe(200)
    expect(pngSize(none.bytes)).toEqual(BANNER_IMAGE_SIZES.card)
    expect(await pixelAt(none.bytes, 10, 10)).toBe('#f5f5f5')
    await publish()
    const shown = await fetchBanner(t.world.siteA, '?variant=card')
    expect(shown.bytes.equals(none.bytes)).toBe(false)
  })

  it.each([
    ['/api/public/sites/khong-co/banner.png', 404, 'site_not_found'],
    ['/api/public/sites/SITE-A/banner.png', 404, 'site_not_found'],
  ])('%s → %i %s', async (path, status, code) => {
    const response = await api.get(path)
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({ error: { code } })
  })

  it.each([
    ['?variant=compact', 'invalid_variant'],
    ['?scale=3', 'invalid_scale'],
    ['?locale=fr', 'invalid_locale'],
    ['?year=2025', 'invalid_year'],
  ])('refuses %s with a 400 %s', async (query, code) => {
    const { response, bytes } = await fetchBanner(t.world.siteA, query)
    expect(response.status).toBe(400)
    expect(JSON.parse(bytes.toString())).toMatchObject({ error: { code } })
  })
})
