// "Nhập từ thông báo" over real HTTP, as the admin calls it: the preview reads the announcement
// and saves nothing; confirming creates a draft on the editor's site, reusing documents on
// record; another site's editor, a signed-out caller and text that is no announcement are
// refused with a message a person can read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { ImportPreview } from '../src/collections/Campaigns/importAnnouncement/previewAnswer'
import { toCalendarDate } from '../src/fields/calendarDateValue'
import { buildDocx } from '../src/import/fixtures/buildDocx'
import type { Document } from '../src/payload-types'
import { announcement2021 } from '../src/seed/announcement2021'
import { announcementText } from '../src/seed/fixture'
import { startApiServer } from './helpers/httpServer'
import { passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
const tokens = { editorA: '', editorB: '', admin: '' }
type Caller = keyof typeof tokens | 'anonymous'

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  for (const name of ['editorA', 'editorB', 'admin'] as const) {
    tokens[name] = await api.login(t.world[name].email, passwordOf(t.world[name]))
  }
})

afterAll(async () => {
  await api.close()
})

afterEach(async () => {
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'documents', where: { id: { exists: true } } })
})

const headersOf = (caller: Caller): Record<string, string> =>
  caller === 'anonymous' ? {} : { authorization: `JWT ${tokens[caller]}` }

const post = (path: string, caller: Caller, body: Record<string, unknown>) =>
  fetch(`${api.origin}/api/campaigns/import${path}`, {
    method: 'POST',
    headers: { ...headersOf(caller), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const preview = (body: Record<string, unknown>, caller: Caller = 'editorA') =>
  post('/preview', caller, body)
const confirm = (body: Record<string, unknown>, caller: Caller = 'editorA') =>
  post('', caller, body)

const errorOf = async (response: Response) =>
  ((await response.json()) as { errors: Array<{ message: string; data?: unknown }> }).errors[0]

const saved = async () => ({
  campaigns: (await t.payload.count({ collection: 'campaigns' })).totalDocs,
  documents: (await t.payload.count({ collection: 'documents' })).totalDocs,
})

const onRecord = (number: string, type: Document['type']) =>
  t.payload.create({ collection: 'documents', data: { number, type, ownerSite: t.world.siteA.id } })

describe('POST /api/campaigns/import/preview', () => {
  it('reads the 2021 announcement field by field, each beside its source lines', async () => {
    const response = await preview({ text: announcementText })
    expect(response.status).toBe(200)
    const { site, parse, documents, missing } = (await response.json()) as ImportPreview
    expect(site).toBe(t.world.siteA.id)
    expect(missing).toEqual([])
    expect(parse.theme?.value).toBe(announcement2021.theme)
    expect(parse.theme?.source).toMatchObject({ startLine: 9, endLine: 9 })
    expect(parse.campaignWindow?.value).toEqual(announcement2021.window)
    expect(parse.campaignWindow?.source.startLine).toBe(11)
    expect(parse.messages.map(({ value }) => value)).toEqual(announcement2021.messages)
    expect(parse.activities.map(({ title }) => title)).toEqual(announcement2021.activities)
    expect(documents.map(({ cited }) => [cited.number.proposed, cited.issuedOn])).toEqual([
      ['2768/SLĐTBXH-BTXHTEBĐG', '2021-11-05'],
      ['10909/KH-UBND', '2021-11-01'],
    ])
    expect(parse.problems.map(({ code }) => code).sort()).toEqual([
      'attachmentMentioned',
      'documentHyphenRestored',
    ])
  })

  it('saves nothing', async () => {
    await preview({ text: announcementText })
    expect(await saved()).toEqual({ campaigns: 0, documents: 0 })
  })

  it('names the document on record that a cited number matches after normalisation', async () => {
    const plan = await onRecord('10909 / kh - ubnd', 'ke-hoach')
    const { documents } = (await (
      await preview({ text: announcementText })
    ).json()) as ImportPreview
    expect(documents.map(({ existing }) => existing?.id ?? null)).toEqual([null, plan.id])
  })

  it('reads an uploaded .docx like the pasted text', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(buildDocx(announcementText))]), 'thong-bao.docx')
    form.append('_payload', JSON.stringify({ site: t.world.siteA.id }))
    const response = await fetch(`${api.origin}/api/campaigns/import/preview`, {
      method: 'POST',
      headers: headersOf('editorA'),
      body: form,
    })
    expect(response.status).toBe(200)
    const { parse } = (await response.json()) as ImportPreview
    expect(parse.theme?.value).toBe(announcement2021.theme)
    expect(parse.activities).toHaveLength(4)
  })

  it.each([
    ['empty text', '', 'Không có nội dung để đọc.'],
    [
      'HTML source',
      '<html><body><h1>Thông báo</h1><p>Xem chi tiết</p></body></html>',
      'Nội dung có vẻ là mã HTML. Hãy dán chữ hiển thị trên trang thông báo, không dán mã nguồn.',
    ],
    [
      'a megabyte of text',
      'Bình đẳng giới. '.repeat(65_536),
      'Nội dung quá dài (1.048.576 ký tự) để là một thông báo; tối đa 200.000 ký tự. Hãy chỉ dán phần thông báo.',
    ],
    [
      'prose that is no announcement',
      'Hôm nay trời đẹp. Chúng tôi đi dạo trong công viên.',
      'Không nhận ra thông báo chiến dịch nào trong nội dung này: không tìm thấy chủ đề, thời gian, thông điệp hay hoạt động.',
    ],
  ])('refuses %s with 400 and says why in Vietnamese', async (_, text, message) => {
    const response = await preview({ text })
    expect(response.status).toBe(400)
    expect((await errorOf(response))?.message).toBe(message)
  })

  it('says why in English to an editor using the English admin', async () => {
    const response = await fetch(`${api.origin}/api/campaigns/import/preview`, {
      method: 'POST',
      headers: {
        ...headersOf('editorA'),
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      body: JSON.stringify({ text: '' }),
    })
    expect(response.status).toBe(400)
    expect((await errorOf(response))?.message).toBe('There is no text to read.')
  })
})

describe('who may import', () => {
  it.each([
    ['preview', preview],
    ['confirm', confirm],
  ])('%s: an editor of another site is refused, and nothing is saved', async (_, send) => {
    const response = await send({ site: t.world.siteA.id, text: announcementText }, 'editorB')
    expect(response.status).toBe(403)
    expect((await errorOf(response))?.message).toBe(
      'Bạn chỉ nhập được chiến dịch cho trang mình quản lý.',
    )
    expect(await saved()).toEqual({ campaigns: 0, documents: 0 })
  })

  it.each([
    ['preview', preview],
    ['confirm', confirm],
  ])('%s: a signed-out caller is refused', async (_, send) => {
    const response = await send({ site: t.world.siteA.id, text: announcementText }, 'anonymous')
    expect(response.status).toBe(403)
    expect(await saved()).toEqual({ campaigns: 0, documents: 0 })
  })

  it('an admin names the site, and may choose any', async () => {
    const unnamed = await preview({ text: announcementText }, 'admin')
    expect(unnamed.status).toBe(400)
    expect((await errorOf(unnamed))?.message).toBe('Hãy chọn trang sẽ hiển thị chiến dịch.')
    const named = await preview({ site: t.world.siteB.id, text: announcementText }, 'admin')
    expect(((await named.json()) as ImportPreview).site).toBe(t.world.siteB.id)
  })
})

describe('POST /api/campaigns/import', () => {
  const readDraft = (id: number) =>
    t.payload.findByID({ collection: 'campaigns', id, draft: true, depth: 1 })

  it('creates a draft on the editor’s site with the announcement’s fields', async () => {
    const response = await confirm({ text: announcementText })
    expect(response.status).toBe(201)
    const { id, message } = (await response.json()) as { id: number; message: string }
    expect(message).toBe('Đã tạo bản nháp từ thông báo. Chưa có gì được xuất bản.')
    const draft = await readDraft(id)
    expect(draft._status).toBe('draft')
    expect(draft.sites.map((site) => (typeof site === 'object' ? site.id : site))).toEqual([
      t.world.siteA.id,
    ])
    expect(draft).toMatchObject({
      title: announcement2021.title,
      theme: announcement2021.theme,
      year: 2021,
      author: announcement2021.author,
    })
    expect(toCalendarDate(draft.campaignWindow.start)).toBe('2021-11-15')
    expect(toCalendarDate(draft.campaignWindow.end)).toBe('2021-12-15')
    expect(draft.messages?.map(({ text }) => text)).toEqual(announcement2021.messages)
    expect(draft.activities?.map(({ title }) => title)).toEqual(announcement2021.activities)
    const published = await t.payload.find({ collection: 'campaigns', overrideAccess: false })
    expect(published.totalDocs).toBe(0)
  })

  it('reuses the document on record and creates the missing one for the site', async () => {
    const plan = await onRecord('10909 / kh - ubnd', 'ke-hoach')
    const { id } = (await (await confirm({ text: announcementText })).json()) as { id: number }
    const documents = ((await readDraft(id)).documents ?? []) as Document[]
    expect(documents.map(({ number }) => number)).toEqual(['2768/SLĐTBXH-BTXHTEBĐG', plan.number])
    expect(documents[1]?.id).toBe(plan.id)
    expect(documents[0]).toMatchObject({
      type: 'cong-van',
      issuer: 'Sở Lao động - Thương binh và Xã hội',
    })
    expect(toCalendarDate(documents[0]?.issuedOn)).toBe('2021-11-05')
    const owner = documents[0]?.ownerSite
    expect(typeof owner === 'object' ? owner?.id : owner).toBe(t.world.siteA.id)
    expect((await saved()).documents).toBe(2)
  })

  it('takes the editor’s corrections over what was read', async () => {
    const response = await confirm({
      text: announcementText,
      fields: { theme: 'Chủ đề do biên tập viên sửa', year: '2021' },
    })
    const { id } = (await response.json()) as { id: number }
    expect((await readDraft(id)).theme).toBe('Chủ đề do biên tập viên sửa')
  })

  it('asks for the fields a draft needs when they were not read, then creates it', async () => {
    const text = 'Thông điệp: “Bình đẳng giới là chìa khóa”'
    const refused = await confirm({ text })
    expect(refused.status).toBe(400)
    expect((await errorOf(refused))?.message).toBe(
      'Chưa thể tạo bản nháp: hãy điền tiêu đề, tên chiến dịch thường niên, năm, chủ đề, thời gian diễn ra.',
    )
    expect(await saved()).toEqual({ campaigns: 0, documents: 0 })
    const filled = await confirm({
      text,
      fields: {
        title: 'Tháng hành động năm 2026',
        seriesName: 'Tháng hành động',
        year: 2026,
        theme: 'Chủ đề năm 2026',
        campaignWindow: { start: '2026-11-15', end: '2026-12-15' },
      },
    })
    expect(filled.status).toBe(201)
  })

  it('refuses text that is no announcement, saving nothing', async () => {
    const response = await confirm({ text: '<p>Trang chủ</p>' })
    expect(response.status).toBe(400)
    expect(await saved()).toEqual({ campaigns: 0, documents: 0 })
  })
})
