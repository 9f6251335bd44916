// The editors' live preview: who may open a campaign's preview page, and the answer the pane feeds
// the banner: the unsaved form, populated by Payload's live-preview merge (over HTTP, as
// useLivePreview asks it), mapped as the public API maps the same saved edition.
import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Campaign } from '../src/payload-types'
import { loadCampaignPreview } from '../src/preview/loadCampaignPreview'
import { previewDays } from '../src/preview/previewDays'
import { previewedAnswer } from '../src/preview/previewedAnswer'
import { previewStatus } from '../src/preview/previewStatus'
import { PREVIEW_TEXTS } from '../src/preview/previewTexts'
import { samplePdf } from '../src/seed/samplePdf'
import { startApiServer } from './helpers/httpServer'
import { startPublicServer } from './helpers/publicServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
const PUBLIC_URL = 'http://cms.test' // what startPublicServer gives the public API
// 20/11/2025 10:00 in Hanoi: inside the 15/11–15/12/2025 window.
const clock = { now: new Date('2025-11-20T03:00:00Z') }
let publicApi: Awaited<ReturnType<typeof startPublicServer>>
let restApi: Awaited<ReturnType<typeof startApiServer>>
const tokens = { editorA: '', editorB: '', admin: '' }

beforeAll(async () => {
  publicApi = await startPublicServer(t.payload, clock)
  restApi = await startApiServer(t.payload.config)
  for (const who of ['editorA', 'editorB', 'admin'] as const)
    tokens[who] = await restApi.login(t.world[who].email, passwordOf(t.world[who]))
})

beforeEach(async () => {
  clock.now = new Date('2025-11-20T03:00:00Z')
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
})

afterAll(async () => {
  await publicApi.close()
  await restApi.close()
})

const jwt = (token: string) => new Headers({ authorization: `JWT ${token}` })

const open = (headers: Headers, id: number | string, locale?: string) =>
  loadCampaignPreview({ payload: t.payload, headers, id: String(id), locale })

/** A published edition of site A with every part the banner shows, documents and a file included. */
const fullEdition = async () => {
  const [plan, letter] = await Promise.all([
    t.payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch 2025', ownerSite: t.world.siteA.id },
      file: {
        data: samplePdf(['Ke hoach']),
        mimetype: 'application/pdf',
        name: 'kh-2025.pdf',
        size: 0,
      },
    }),
    t.payload.create({
      collection: 'documents',
      data: { number: `${Date.now()}/KH-UBND`, type: 'ke-hoach', issuer: 'UBND tỉnh' },
    }),
  ])
  return t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, {
      theme: 'Chủ đề đã xuất bản',
      messages: [{ text: 'Thông điệp một' }, { text: 'Thông điệp hai' }],
      activities: [{ title: 'Treo băng rôn' }],
      displayWindow: { start: '2025-11-01', end: '2025-12-31' },
      accentColor: '#ffee58',
      articleUrl: 'https://portal.example/2025',
      documents: [letter.id],
      attachments: [plan.id],
    }),
  })
}

/** The form's values as the admin posts them: relations as ids, no timestamps. */
const formValues = async (id: number | string, changes: Partial<Campaign> = {}) => {
  const stored = await t.payload.findByID({ collection: 'campaigns', id, draft: true, depth: 0 })
  const { createdAt: _created, updatedAt: _updated, ...values } = stored
  return { ...values, ...changes }
}

/** Payload's live-preview merge, as useLivePreview calls it from the pane with the editor's session. */
const merged = async (token: string, values: Record<string, unknown>): Promise<Campaign> => {
  const response = await fetch(`${restApi.origin}/api/campaigns/${String(values.id)}`, {
    method: 'POST',
    headers: {
      authorization: `JWT ${token}`,
      'content-type': 'application/json',
      'x-payload-http-method-override': 'GET',
    },
    body: JSON.stringify({ data: values, depth: 2, locale: 'vi', flattenLocales: false }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Campaign
}

/** What the pane computes: the form over the stored draft, mapped at `at`. */
const paneAnswer = async (id: number | string, changes: Partial<Campaign>, at: Date) => {
  const access = await open(jwt(tokens.editorA), id)
  if (access.kind !== 'allowed') throw new Error(`refused: ${access.reason}`)
  const live = await merged(tokens.editorA, await formValues(id, changes))
  return previewedAnswer({
    doc: { ...access.doc, ...live },
    site: access.site,
    locale: access.locale,
    at,
    publicUrl: PUBLIC_URL,
  })
}

const publicAnswer = async (site: { slug: string }) => {
  const response = await publicApi.get(`/api/public/sites/${site.slug}/campaign?locale=vi`)
  return { response, body: (await response.json()) as CurrentCampaignResponse }
}

describe('who may open the preview page', () => {
  it('refuses a visitor without a session', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    expect(await open(new Headers(), edition.id)).toEqual({
      kind: 'refused',
      reason: 'signed-out',
    })
  })

  it('refuses an editor of another site, even for a published edition they could read publicly', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    expect(await open(jwt(tokens.editorB), edition.id)).toEqual({
      kind: 'refused',
      reason: 'not-an-editor-of-its-sites',
    })
  })

  it('refuses a session cookie sent from another site (a page framing the preview)', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    const cookie = `payload-token=${tokens.editorA}`
    const crossSite = new Headers({ cookie, 'sec-fetch-site': 'cross-site' })
    expect((await open(crossSite, edition.id)).kind).toBe('refused')
  })

  it('refuses a malformed or unknown id alike', async () => {
    expect((await open(jwt(tokens.editorA), 'abc')).kind).toBe('refused')
    expect((await open(jwt(tokens.editorA), '999999')).kind).toBe('refused')
  })

  it("gives the site's editor (the admin's session cookie, same origin) the draft and the site to preview it for", async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Công khai' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Nháp chưa xuất bản' },
      draft: true,
    })
    const access = await open(
      new Headers({ cookie: `payload-token=${tokens.editorA}`, 'sec-fetch-site': 'same-origin' }),
      edition.id,
      'en',
    )
    expect(access).toMatchObject({
      kind: 'allowed',
      locale: 'en',
      site: { slug: t.world.siteA.slug, timeZone: 'Asia/Ho_Chi_Minh' },
      doc: { id: edition.id, theme: 'Nháp chưa xuất bản' }, // English falls back to Vietnamese
    })
  })

  it('gives an admin any campaign, in Vietnamese unless asked otherwise', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteB),
    })
    const access = await open(jwt(tokens.admin), edition.id, 'fr')
    expect(access).toMatchObject({
      kind: 'allowed',
      locale: 'vi',
      site: { slug: t.world.siteB.slug },
    })
  })
})

describe('the answer the pane feeds the banner', () => {
  it('is, for an unchanged form, exactly what the public API answers for the saved edition', async () => {
    const edition = await fullEdition()
    const { body } = await publicAnswer(t.world.siteA)
    expect(body.kind).toBe('campaign')
    const answer = await paneAnswer(edition.id, {}, clock.now)
    expect(answer.response).toEqual(body)
    // Every part came through: documents, the file, the darkened accent.
    expect(body.campaign?.documents).toHaveLength(1)
    expect(body.campaign?.attachments[0]).toMatchObject({ fileType: 'PDF', title: 'Kế hoạch 2025' })
    expect(body.campaign?.accentColor).not.toBe('#ffee58')
  })

  it('shows what the editor typed, while the public answer and its cache stay as they were', async () => {
    const edition = await fullEdition()
    await publicAnswer(t.world.siteA) // fills the cache
    const answer = await paneAnswer(
      edition.id,
      { theme: 'Chủ đề đang gõ', messages: [{ text: 'Thông điệp mới' }] },
      clock.now,
    )
    expect(answer.response?.campaign).toMatchObject({
      theme: 'Chủ đề đang gõ',
      messages: ['Thông điệp mới'],
    })
    const after = await publicAnswer(t.world.siteA)
    expect(after.response.headers.get('x-cache')).toBe('HIT')
    expect(after.body.campaign?.theme).toBe('Chủ đề đã xuất bản')
    const stored = await t.payload.findByID({
      collection: 'campaigns',
      id: edition.id,
      draft: true,
    })
    expect(stored.theme).toBe('Chủ đề đã xuất bản')
  })

  it('says what is missing instead of an answer the banner would refuse', async () => {
    const edition = await fullEdition()
    const noWindow = await paneAnswer(
      edition.id,
      // A cleared date is null in the form, whatever the stored type says.
      { campaignWindow: { start: null, end: null } as unknown as Campaign['campaignWindow'] },
      clock.now,
    )
    expect(noWindow).toMatchObject({ edition: null, response: { kind: 'none' } })
    expect(
      previewStatus({
        answer: noWindow,
        at: clock.now,
        locale: 'vi',
        texts: PREVIEW_TEXTS.vi,
        language: 'vi',
      }),
    ).toBe(PREVIEW_TEXTS.vi.incomplete)
    const noYear = await paneAnswer(edition.id, { year: null as unknown as number }, clock.now)
    expect(noYear.response).toBeNull()
    expect(
      previewStatus({
        answer: noYear,
        at: clock.now,
        locale: 'vi',
        texts: PREVIEW_TEXTS.vi,
        language: 'vi',
      }),
    ).toMatch(/^Chưa xem trước được, dữ liệu chưa đủ: /)
  })
})

describe('time travel: the four days a click away', () => {
  it('before the display window, first day, last day 23:59, after the end, as the public API would say', async () => {
    // Display window 01/11–31/12 around the campaign's 15/11–15/12/2025; the day after ends still shows.
    const edition = await fullEdition()
    const answer = await paneAnswer(edition.id, {}, clock.now)
    if (!answer.edition) throw new Error('no edition')
    const days = previewDays({ ...answer.edition, timeZone: 'Asia/Ho_Chi_Minh' })
    expect(days.map(({ key, at }) => [key, at.toISOString()])).toEqual([
      ['before', '2025-10-31T05:00:00.000Z'], // 31/10 12:00 in Hanoi
      ['first', '2025-11-14T17:00:00.000Z'], // 15/11 00:00
      ['last', '2025-12-15T16:59:00.000Z'], // 15/12 23:59
      ['after', '2025-12-15T17:00:00.000Z'], // 16/12 00:00
    ])
    const lines: string[] = []
    for (const { at } of days) {
      const previewed = await paneAnswer(edition.id, {}, at)
      clock.now = at
      await t.payload.update({ collection: 'sites', id: t.world.siteA.id, data: {} }) // new day: drop the cache
      expect(previewed.response).toEqual((await publicAnswer(t.world.siteA)).body)
      lines.push(
        previewStatus({
          answer: previewed,
          at,
          locale: 'vi',
          texts: PREVIEW_TEXTS.vi,
          language: 'vi',
        }),
      )
    }
    expect(lines).toEqual([
      'Ngày này cổng chưa hiển thị biểu ngữ (hiển thị từ 01/11/2025).',
      'Khách truy cập thấy: «Còn 30 ngày»',
      'Khách truy cập thấy: «Hôm nay là ngày cuối»',
      'Khách truy cập thấy: «Đã kết thúc»',
    ])
  })

  it('after the display window too, the portal shows nothing and the pane says until when', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    const at = previewDays({
      window: { start: '2025-11-15', end: '2025-12-15' },
      displayWindow: { start: '2025-11-15', end: '2025-12-15' },
      timeZone: 'Asia/Ho_Chi_Minh',
    })[3]?.at
    if (!at) throw new Error('no day')
    const answer = await paneAnswer(edition.id, {}, at)
    expect(answer.response?.kind).toBe('none')
    expect(
      previewStatus({ answer, at, locale: 'en', texts: PREVIEW_TEXTS.en, language: 'en' }),
    ).toBe('On this day the portal no longer shows the banner (shown until 15 Dec 2025).')
  })
})
