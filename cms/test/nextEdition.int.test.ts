// "Tạo kỳ tiếp theo": next year's edition of a campaign as a draft, over HTTP as the admin calls it.
import { describe, expect, it } from 'vitest'

import type { Campaign } from '../src/payload-types'
import { samplePdf } from '../src/seed/samplePdf'
import { useEditorsOverHttp } from './helpers/editorsOverHttp'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
const http = useEditorsOverHttp(t)

const nextEdition = (token: string, id: number | string, carry: Record<string, unknown> = {}) =>
  fetch(`${http.api.origin}/api/campaigns/${id}/next-edition`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(carry),
  })

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value ? (value as { id: unknown }).id : value)

const read = (id: number | string, locale: 'vi' | 'en' = 'vi') =>
  t.payload.findByID({ collection: 'campaigns', id, draft: true, depth: 0, locale })

const edition2025 = async (overrides: Partial<Campaign> = {}) => {
  const plan = await t.payload.create({
    collection: 'media',
    data: { title: 'Kế hoạch 2025', ownerSite: t.world.siteA.id },
    file: {
      data: samplePdf(['Ke hoach']),
      mimetype: 'application/pdf',
      name: 'kh-2025.pdf',
      size: 0,
    },
  })
  const [plan2024, letter] = await Promise.all([
    t.payload.create({
      collection: 'documents',
      data: { number: `${Date.now()}/KH-UBND`, type: 'ke-hoach', ownerSite: t.world.siteA.id },
    }),
    t.payload.create({
      collection: 'documents',
      data: { number: `${Date.now() + 1}/LĐTBXH-BĐG`, type: 'cong-van' },
    }),
  ])
  const source = await t.payload.create({
    collection: 'campaigns',
    locale: 'vi',
    data: editionData(t.world.siteA, {
      seriesName: `Tháng hành động ${Date.now()}`,
      title: 'Tháng hành động vì bình đẳng giới năm 2025',
      theme: 'Chủ đề giữ qua nhiều năm',
      messages: [{ text: 'Thông điệp một' }, { text: 'Thông điệp hai' }],
      activities: [{ title: 'Treo băng rôn' }],
      campaignWindow: { start: '2025-11-15', end: '2025-12-15' },
      displayWindow: { start: '2025-11-01', end: '2025-12-31' },
      accentColor: '#7b1fa2',
      author: 'Xuân Phương',
      publishedOn: '2025-11-11',
      articleUrl: 'https://portal.example/2025',
      documents: [plan2024.id, letter.id],
      attachments: [plan.id],
      ...overrides,
    }),
  })
  // English texts, so both languages are seen to carry over.
  const english = await t.payload.update({
    collection: 'campaigns',
    id: source.id,
    locale: 'en',
    data: {
      title: 'Action Month for Gender Equality 2025',
      theme: 'A theme kept for years',
      messages: source.messages?.map((row, i) => ({ id: row.id, text: `Message ${i + 1}` })),
    },
  })
  return { source: english, plan, documents: [plan2024, letter] }
}

describe('the next edition', () => {
  it('is a draft of the next year: same series, sites, colour and theme, windows a year on', async () => {
    const { source, plan, documents } = await edition2025()
    const publishedBefore = await t.payload.count({
      collection: 'campaigns',
      where: { _status: { equals: 'published' } },
    })
    const response = await nextEdition(http.tokenA, source.id, {
      documents: [documents[1]?.id],
      attachments: [plan.id],
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: number | string }
    const next = await read(id)
    expect(next).toMatchObject({
      _status: 'draft',
      year: 2026,
      seriesName: source.seriesName,
      title: 'Tháng hành động vì bình đẳng giới năm 2026',
      theme: 'Chủ đề giữ qua nhiều năm',
      accentColor: '#7b1fa2',
      author: null,
      publishedOn: null,
      articleUrl: null,
    })
    expect(next.slug).toMatch(/-2026$/)
    expect(next.campaignWindow.start.slice(0, 10)).toBe('2026-11-15')
    expect(next.campaignWindow.end.slice(0, 10)).toBe('2026-12-15')
    expect(next.displayWindow?.start?.slice(0, 10)).toBe('2026-11-01')
    expect(next.displayWindow?.end?.slice(0, 10)).toBe('2026-12-31')
    expect(next.sites.map(idOf)).toEqual([String(t.world.siteA.id)])
    expect(next.messages?.map((row) => row.text)).toEqual(['Thông điệp một', 'Thông điệp hai'])
    expect(next.activities?.map((row) => row.title)).toEqual(['Treo băng rôn'])
    // Only what the editor ticked.
    expect(next.documents?.map(idOf)).toEqual([String(documents[1]?.id)])
    expect(next.attachments?.map(idOf)).toEqual([String(plan.id)])
    const english = await read(id, 'en')
    expect(english.title).toBe('Action Month for Gender Equality 2026')
    expect(english.messages?.map((row) => row.text)).toEqual(['Message 1', 'Message 2'])
    // Nothing was published by it.
    expect(
      await t.payload.count({
        collection: 'campaigns',
        where: { _status: { equals: 'published' } },
      }),
    ).toEqual(publishedBefore)
  })

  it('carries no document or file unless ticked, and refuses one the edition does not have', async () => {
    const { source } = await edition2025()
    const bare = await nextEdition(http.tokenA, source.id)
    expect(bare.status).toBe(201)
    const next = await read(((await bare.json()) as { id: string }).id)
    expect(next.documents ?? []).toEqual([])
    expect(next.attachments ?? []).toEqual([])
    const { source: other } = await edition2025()
    const foreign = await nextEdition(http.tokenA, other.id, { documents: [999_999] })
    expect(foreign.status).toBe(400)
  })

  it('moves 29 February to 28 February', async () => {
    const { source } = await edition2025({
      year: 2028,
      title: 'Chiến dịch năm 2028',
      campaignWindow: { start: '2028-02-29', end: '2028-03-15' },
      displayWindow: { start: null, end: null },
    })
    const response = await nextEdition(http.tokenA, source.id)
    const next = await read(((await response.json()) as { id: string }).id)
    expect(next.year).toBe(2029)
    expect(next.campaignWindow.start.slice(0, 10)).toBe('2029-02-28')
    expect(next.campaignWindow.end.slice(0, 10)).toBe('2029-03-15')
  })

  it('is refused, pointing at it, when that year’s edition of the series already exists', async () => {
    const { source } = await edition2025()
    const first = (await (await nextEdition(http.tokenA, source.id)).json()) as { id: string }
    const again = await nextEdition(http.tokenA, source.id)
    expect(again.status).toBe(409)
    const body = (await again.json()) as {
      errors: Array<{ message: string; data?: { id: unknown } }>
    }
    expect(body.errors[0]?.message).toMatch(/^Đã có kỳ năm 2026 của chiến dịch này/)
    expect(String(body.errors[0]?.data?.id)).toBe(String(first.id))
  })

  it('is only for editors who may change the campaign', async () => {
    const { source } = await edition2025()
    const refused = await nextEdition(http.tokenB, source.id)
    expect([403, 404]).toContain(refused.status)
    const anonymous = await fetch(`${http.api.origin}/api/campaigns/${source.id}/next-edition`, {
      method: 'POST',
    })
    expect([401, 403]).toContain(anonymous.status)
    expect(
      await t.payload.count({
        collection: 'campaigns',
        where: { year: { equals: 2026 }, seriesName: { equals: source.seriesName } },
      }),
    ).toEqual({ totalDocs: 0 })
  })
})

describe('a copy ("Tạo bản sao")', () => {
  it('gets a slug of its own on the same site, as a draft, twice over', async () => {
    const { source } = await edition2025()
    const copy = async () => {
      const response = await fetch(`${http.api.origin}/api/campaigns/${source.id}/duplicate`, {
        method: 'POST',
        headers: { authorization: `JWT ${http.tokenA}`, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(response.status, await response.clone().text()).toBe(200)
      return ((await response.json()) as { doc: Campaign }).doc
    }
    const first = await copy()
    const second = await copy()
    expect(first.slug).toBe(`${source.slug}-ban-sao`)
    expect(second.slug).toBe(`${source.slug}-ban-sao-2`)
    expect(first._status).toBe('draft')
  })
})
