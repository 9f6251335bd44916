// The public archive page (/sites/:site/archive): the seeded Khánh Hòa archive as a reader sees it,
// the same data as the JSON archive, escaped, cached and invalidated as the JSON is.
import { createHash } from 'node:crypto'

import type { CampaignArchiveResponse } from '@campaign/shared/contract'
import { formatBytes } from '@campaign/shared/format'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Site } from '../src/payload-types'
import { seed } from '../src/seed'
import { announcement2021 } from '../src/seed/announcement2021'
import { announcementText, fixture } from '../src/seed/fixture'
import { PLAN_FILENAME } from '../src/seed/seedEditions'
import { articleOf, definitionOf, listUnder, textOf, yearsOf } from './helpers/pageText'
import { startPublicServer } from './helpers/publicServer'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'
import { editionData } from './helpers/world'

let env: TestPayload
let payload: Payload
let api: Awaited<ReturnType<typeof startPublicServer>>
let other: Site
const KHANH_HOA = 'skhcn-khanhhoa'

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
  await seed({ payload, withContent: true })
  other = await payload.create({
    collection: 'sites',
    data: {
      name: 'Sở "Thử" <nghiệm> & cộng sự',
      slug: 'so-thu-nghiem',
      timeZone: 'Asia/Ho_Chi_Minh',
      defaultLocale: 'vi',
    },
  })
  api = await startPublicServer(payload)
})

afterAll(async () => {
  await api.close()
  await env.cleanup()
})

const page = async (path: string) => {
  const response = await api.get(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  return response.text()
}

describe('the 2021 Khánh Hòa edition on its archive page', () => {
  it('states the announcement: theme, window, both messages, the four activities', async () => {
    const article = articleOf(await page(`/sites/${KHANH_HOA}/archive/2021`), 2021)
    expect(definitionOf(article, 'Chủ đề')).toBe(announcement2021.theme)
    expect(definitionOf(article, 'Thời gian')).toBe('15/11/2021 – 15/12/2021')
    expect(listUnder(article, 'Thông điệp')).toEqual(announcement2021.messages)
    expect(listUnder(article, 'Hoạt động chính')).toEqual(announcement2021.activities)
    // Word for word as the published announcement has them.
    for (const activity of listUnder(article, 'Hoạt động chính')) {
      expect(announcementText).toContain(activity)
    }
  })

  it('cites both documents with their number, type, date and issuer', async () => {
    const article = articleOf(await page(`/sites/${KHANH_HOA}/archive/2021`), 2021)
    expect(listUnder(article, 'Văn bản chỉ đạo')).toEqual([
      'Công văn số 2768/SLĐTBXH-BTXHTEBĐG Ngày ban hành: 05/11/2021 · Cơ quan ban hành: ' +
        'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa ' +
        (announcement2021.documents[0]?.summary ?? ''),
      'Kế hoạch số 10909/KH-UBND Ngày ban hành: 01/11/2021 · Cơ quan ban hành: UBND tỉnh Khánh Hòa ' +
        (announcement2021.documents[1]?.summary ?? ''),
    ])
  })

  it('lists the plan attached, with its type and size', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      where: { filename: { equals: PLAN_FILENAME } },
    })
    const bytes = docs[0]?.filesize ?? -1
    const article = articleOf(await page(`/sites/${KHANH_HOA}/archive/2021`), 2021)
    expect(listUnder(article, 'Tệp đính kèm')).toEqual([
      `${announcement2021.planTitle} (PDF, ${formatBytes(bytes, 'vi')})`,
    ])
    // The file's own address (Payload's, absolute), opened in the top window, typed.
    const href = new URL(docs[0]?.url ?? '', 'http://cms.test/').href
    expect(href).toMatch(new RegExp(`^https?://[^"]*/${PLAN_FILENAME}$`))
    expect(article).toContain(`<a href="${href}" target="_top" type="application/pdf">`)
  })

  it('in English: the English theme, dates and headings', async () => {
    const response = await page(`/sites/${KHANH_HOA}/archive/2021?locale=en`)
    expect(response).toContain('<html lang="en">')
    const article = articleOf(response, 2021)
    const facts = fixture.editions.find((edition) => edition.year === 2021)
    expect(definitionOf(article, 'Theme')).toBe(facts?.theme_en)
    expect(definitionOf(article, 'Dates')).toBe('15 Nov 2021 – 15 Dec 2021')
    expect(listUnder(article, 'Official documents')[1]).toMatch(
      /^Plan No\. 10909\/KH-UBND Issued on: 1 Nov 2021 · Issued by: UBND tỉnh Khánh Hòa/,
    )
  })
})

describe('the archive page and the JSON archive', () => {
  it('show the same editions, built once: the page queries nothing the JSON did not', async () => {
    const json = (await (
      await api.get(`/api/public/sites/${KHANH_HOA}/campaigns?year=2021`)
    ).json()) as CampaignArchiveResponse
    const find = vi.spyOn(payload, 'find')
    const article = articleOf(await page(`/sites/${KHANH_HOA}/archive/2021`), 2021)
    expect(find).not.toHaveBeenCalled()
    find.mockRestore()
    const [edition] = json.campaigns
    expect(definitionOf(article, 'Chủ đề')).toBe(edition?.theme)
    expect(listUnder(article, 'Hoạt động chính')).toEqual(edition?.activities)
  })

  it('lists every published edition, newest first', async () => {
    const all = await page(`/sites/${KHANH_HOA}/archive`)
    const years = fixture.editions.map((edition) => edition.year).sort((a, b) => b - a)
    expect(yearsOf(all)).toEqual(years)
  })

  it('?year= and /:year are one page', async () => {
    const viaQuery = await page(`/sites/${KHANH_HOA}/archive?year=2021`)
    expect(viaQuery).toBe(await page(`/sites/${KHANH_HOA}/archive/2021`))
    expect(yearsOf(viaQuery)).toEqual([2021])
  })
})

describe('the page as a document', () => {
  it('has landmarks, one h1, headings per edition and the page’s language', async () => {
    const all = await page(`/sites/${KHANH_HOA}/archive`)
    expect(all).toMatch(/^<!doctype html>\n<html lang="vi">/)
    expect(all.match(/<h1>/g)).toHaveLength(1)
    for (const landmark of ['<header>', '<main>', '<footer>', '<nav aria-label=']) {
      expect(all).toContain(landmark)
    }
    expect(all.match(/<h2 /g)).toHaveLength(fixture.editions.length)
    expect(all).toMatch(
      /<title>Lưu trữ chiến dịch truyền thông – Sở Khoa học và Công nghệ tỉnh Khánh Hòa<\/title>/,
    )
  })

  it('runs no script, styles only by the hash of its own sheet, and prints', async () => {
    const response = await api.get(`/sites/${KHANH_HOA}/archive/2021`)
    const html = await response.text()
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(html).not.toContain('<script')
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('script-src')
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(css).toContain('@media print')
    const hash = createHash('sha256').update(css).digest('base64')
    expect(policy).toContain(`style-src 'sha256-${hash}'`)
  })

  it('may be framed by the site’s allowed origins, as the embed page', async () => {
    const response = await api.get(`/sites/${KHANH_HOA}/archive`)
    expect(response.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://skhcn.khanhhoa.gov.vn",
    )
  })
})

describe('caching', () => {
  it('answers 304 to its ETag, cached like the JSON', async () => {
    const first = await api.get(`/sites/${KHANH_HOA}/archive/2021`)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await api.get(`/sites/${KHANH_HOA}/archive/2021`, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-cache')).toBe('HIT')
  })

  it('shows a change at once, as the JSON does', async () => {
    const edition = await payload.create({
      collection: 'campaigns',
      data: editionData(other, {
        year: 2030,
        campaignWindow: { start: '2030-11-15', end: '2030-12-15' },
      }),
    })
    const path = `/sites/${other.slug}/archive/2030`
    const before = await api.get(path)
    expect(textOf(await before.text())).toContain(edition.theme)
    await payload.update({ collection: 'campaigns', id: edition.id, data: { theme: 'Chủ đề mới' } })
    const after = await api.get(path, { 'if-none-match': before.headers.get('etag') ?? '' })
    expect(after.status).toBe(200)
    expect(definitionOf(articleOf(await after.text(), 2030), 'Chủ đề')).toBe('Chủ đề mới')
    await payload.delete({ collection: 'campaigns', id: edition.id })
    expect((await api.get(path)).status).toBe(404)
  })
})

describe('escaping', () => {
  it('shows every text as text: nothing an editor types becomes markup', async () => {
    const hostile = '<script>alert(1)</script> "quoted" & \'single\' <img src=x onerror=alert(2)>'
    const edition = await payload.create({
      collection: 'campaigns',
      data: editionData(other, {
        year: 2031,
        campaignWindow: { start: '2031-11-15', end: '2031-12-15' },
        title: hostile,
        theme: hostile,
        messages: [{ text: hostile }],
        activities: [{ title: hostile }],
      }),
    })
    const html = await page(`/sites/${other.slug}/archive/2031`)
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;',
    )
    expect(html).toContain('<p class="site">Sở &quot;Thử&quot; &lt;nghiệm&gt; &amp; cộng sự</p>')
    const article = articleOf(html, 2031)
    expect(definitionOf(article, 'Chủ đề')).toBe(hostile)
    expect(listUnder(article, 'Thông điệp')).toEqual([hostile])
    await payload.delete({ collection: 'campaigns', id: edition.id })
  })
})

describe('what is not an archive page', () => {
  it.each([
    ['/sites/khong-co-trang-nay/archive', 404],
    ['/sites/SKHCN-KHANHHOA/archive', 404],
    [`/sites/${KHANH_HOA}/archive/abc`, 404],
    [`/sites/${KHANH_HOA}/archive/1800`, 404],
    [`/sites/${KHANH_HOA}/archive/02021`, 404],
    [`/sites/${KHANH_HOA}/archive/2010`, 404],
    [`/sites/${KHANH_HOA}/archive/2021/more`, 404],
    [`/sites/${KHANH_HOA}/other`, 404],
    [`/sites/${KHANH_HOA}`, 404],
    [`/sites/${KHANH_HOA}/archive?year=abc`, 400],
    [`/sites/${KHANH_HOA}/archive?locale=fr`, 400],
  ])('%s answers %i, as a page', async (path, status) => {
    const response = await api.get(path)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).not.toContain('<script')
  })

  it('an empty site’s archive says that nothing is published yet', async () => {
    const html = await page(`/sites/${other.slug}/archive`)
    expect(textOf(html)).toContain('Chưa có chiến dịch nào được công bố.')
  })
})
