// "Sẽ thay đổi khi xuất bản" over real HTTP: the fields the draft changed since the latest
// published version, per content language, for editors of the campaign's site only.
import { describe, expect, it } from 'vitest'

import { useEditorsOverHttp } from './helpers/editorsOverHttp'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
const http = useEditorsOverHttp(t)

const pendingOf = async (id: number | string, token: string | null, language = 'vi') => {
  const response = await fetch(`${http.api.origin}/api/campaigns/${id}/pending-changes`, {
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      'accept-language': language,
    },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const published = () =>
  t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })

/** An autosave-like draft edit in one content language. */
const editDraft = (id: number | string, data: Record<string, unknown>, locale: 'vi' | 'en') =>
  t.payload.update({ collection: 'campaigns', id, data, draft: true, locale })

describe('what the next publish would change', () => {
  it('says it was never published for a draft that never was', async () => {
    const draft = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { _status: 'draft' }),
      draft: true,
    })
    expect((await pendingOf(draft.id, http.tokenA)).body).toEqual({
      hasPublished: false,
      changes: [],
    })
  })

  it('lists nothing right after a publish', async () => {
    const live = await published()
    expect((await pendingOf(live.id, http.tokenA)).body).toEqual({
      hasPublished: true,
      changes: [],
    })
  })

  it('names the fields the draft changed, with the content language', async () => {
    const live = await published()
    await editDraft(live.id, { theme: 'Chủ đề mới' }, 'vi')
    await editDraft(
      live.id,
      {
        campaignWindow: { start: '2025-11-15', end: '2025-12-20' },
        messages: [{ text: 'Một' }, { text: 'Hai' }],
      },
      'vi',
    )
    expect((await pendingOf(live.id, http.tokenA)).body).toEqual({
      hasPublished: true,
      changes: [
        { path: 'theme', label: 'Chủ đề', locales: ['vi'] },
        { path: 'messages', label: 'Thông điệp', locales: [] },
        { path: 'campaignWindow.end', label: 'Thời gian diễn ra › Đến ngày', locales: [] },
      ],
    })
  })

  it('names an English-only edit with English, labelled for an English admin', async () => {
    const live = await published()
    await editDraft(live.id, { theme: 'A new theme' }, 'en')
    expect((await pendingOf(live.id, http.tokenA, 'en')).body).toEqual({
      hasPublished: true,
      changes: [{ path: 'theme', label: 'Theme', locales: ['en'] }],
    })
  })

  it('compares with the latest published version, not an older one', async () => {
    const live = await published()
    await t.payload.update({
      collection: 'campaigns',
      id: live.id,
      data: { theme: 'Chủ đề lần hai', _status: 'published' },
      locale: 'vi',
    })
    await editDraft(live.id, { author: 'Phòng Văn hóa' }, 'vi')
    expect((await pendingOf(live.id, http.tokenA)).body.changes).toEqual([
      { path: 'author', label: 'Người viết', locales: [] },
    ])
  })

  it('is for editors of the campaign’s site only', async () => {
    const live = await published()
    expect((await pendingOf(live.id, http.tokenB)).status).toBe(403)
    expect((await pendingOf(live.id, null)).status).toBe(403)
    const adminToken = await http.api.login(t.world.admin.email, passwordOf(t.world.admin))
    expect((await pendingOf(live.id, adminToken)).status).toBe(200)
  })
})
