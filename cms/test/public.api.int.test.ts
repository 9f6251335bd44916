import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import {
  parseCampaignArchiveResponse,
  parseCurrentCampaignResponse,
} from '@campaign/shared/contract'
import { contrastRatio } from '@campaign/shared/contrast'
import Ajv2020 from 'ajv/dist/2020'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import { startPublicServer } from './helpers/publicServer'
import { rawGet } from './helpers/rawGet'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>
// 20/11/2025 10:00 in Hanoi: inside the 15/11–15/12/2025 window.
const clock = { now: new Date('2025-11-20T03:00:00Z') }

beforeAll(async () => {
  await t.payload.update({
    collection: 'sites',
    id: t.world.siteA.id,
    data: { allowedOrigins: [{ origin: 'https://portal-a.example' }] },
  })
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

afterAll(async () => {
  await api.close()
})

const currentPath = (site: { slug: string }, query = 'locale=vi') =>
  `/api/public/sites/${site.slug}/campaign?${query}`

const current = async (site: { slug: string }, query?: string) => {
  const response = await api.get(currentPath(site, query))
  expect(response.status).toBe(200)
  const parsed = parseCurrentCampaignResponse(await response.json())
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}

const campaignOf = (response: CurrentCampaignResponse) =>
  response.kind === 'campaign' ? response.campaign : null

describe('what the public endpoint shows', () => {
  it('a published edition, in the contract shape, with phase and days left', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Chủ đề 2025' }),
    })
    const body = await current(t.world.siteA)
    expect(body.kind).toBe('campaign')
    expect(campaignOf(body)).toMatchObject({
      id: String(edition.id),
      theme: 'Chủ đề 2025',
      window: { start: '2025-11-15', end: '2025-12-15' },
      displayWindow: { start: '2025-11-15', end: '2025-12-15' },
      timeZone: 'Asia/Ho_Chi_Minh',
      phase: 'live',
      daysLeft: 25,
      locale: 'vi',
    })
    expect(body.serverTime).toBe(clock.now.toISOString())
  })

  it('nothing, explicitly, when the site has no edition to show', async () => {
    const body = await current(t.world.siteA)
    expect(body).toMatchObject({ kind: 'none', campaign: null, site: { slug: t.world.siteA.slug } })
  })

  it('keeps the published text while a draft edit is pending, then the new text once published', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Đã công bố' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Bản nháp' },
      draft: true,
    })
    expect(campaignOf(await current(t.world.siteA))?.theme).toBe('Đã công bố')
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Bản mới', _status: 'published' },
    })
    expect(campaignOf(await current(t.world.siteA))?.theme).toBe('Bản mới')
  })

  it('drops an edition at once when it is unpublished or deleted', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    expect((await current(t.world.siteA)).kind).toBe('campaign')
    await t.payload.update({ collection: 'campaigns', id: edition.id, data: { _status: 'draft' } })
    expect((await current(t.world.siteA)).kind).toBe('none')
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { _status: 'published' },
    })
    expect((await current(t.world.siteA)).kind).toBe('campaign')
    await t.payload.delete({ collection: 'campaigns', id: edition.id })
    expect((await current(t.world.siteA)).kind).toBe('none')
  })

  it('keeps the cached answer through draft saves and autosaves, of new and of published editions', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Đã công bố' }),
    })
    const path = currentPath(t.world.siteA)
    await api.get(path)
    expect((await api.get(path)).headers.get('x-cache')).toBe('HIT')
    // An editor typing in a published edition: autosaved drafts every few seconds.
    for (const theme of ['Đang', 'Đang sửa', 'Đang sửa chủ đề']) {
      await t.payload.update({
        collection: 'campaigns',
        id: edition.id,
        data: { theme },
        draft: true,
        autosave: true,
        user: t.world.editorA,
        overrideAccess: false,
      })
    }
    // A new edition that is still a draft, as the admin's "Create new" makes one.
    const draft = await t.payload.create({
      collection: 'campaigns',
      data: { ...editionData(t.world.siteA), _status: 'draft' },
      draft: true,
      user: t.world.editorA,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'campaigns',
      id: draft.id,
      data: { theme: 'Nháp mới' },
      draft: true,
      autosave: true,
      user: t.world.editorA,
      overrideAccess: false,
    })
    await t.payload.delete({ collection: 'campaigns', id: draft.id })
    const after = await api.get(path)
    expect(after.headers.get('x-cache')).toBe('HIT')
    expect(campaignOf((await after.json()) as CurrentCampaignResponse)?.theme).toBe('Đã công bố')
  })

  it('unpublishing an edition that has a newer draft drops it at once', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Nháp chờ duyệt' },
      draft: true,
    })
    expect((await current(t.world.siteA)).kind).toBe('campaign')
    await t.payload.update({ collection: 'campaigns', id: edition.id, data: { _status: 'draft' } })
    expect((await current(t.world.siteA)).kind).toBe('none')
  })

  it('never shows another site’s edition', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteB) })
    expect((await current(t.world.siteA)).kind).toBe('none')
  })

  it('shows a change to a linked document at once', async () => {
    const document = await t.payload.create({
      collection: 'documents',
      data: { number: '10909/KH-UBND', type: 'ke-hoach', summary: 'Trích yếu cũ' },
    })
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { documents: [document.id] }),
    })
    expect(campaignOf(await current(t.world.siteA))?.documents[0]).toMatchObject({
      number: '10909/KH-UBND',
      type: 'Kế hoạch',
      summary: 'Trích yếu cũ',
    })
    await t.payload.update({
      collection: 'documents',
      id: document.id,
      data: { summary: 'Trích yếu mới' },
    })
    expect(campaignOf(await current(t.world.siteA))?.documents[0]?.summary).toBe('Trích yếu mới')
    // A document in use cannot be deleted: the campaign goes first.
    await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
    await t.payload.delete({ collection: 'documents', id: document.id })
  })

  it('serves the accent colour readable: a poor pick darkened to 4.5:1, a good one as it is', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { accentColor: '#ffee58' }),
    })
    const poor = campaignOf(await current(t.world.siteA))?.accentColor ?? ''
    expect(poor).not.toBe('#ffee58')
    expect(contrastRatio(poor, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { accentColor: '#0b5394' },
    })
    expect(campaignOf(await current(t.world.siteA))?.accentColor).toBe('#0b5394')
    // What the editor picked stays stored as picked.
    const stored = await t.payload.findByID({ collection: 'campaigns', id: edition.id })
    expect(stored.accentColor).toBe('#0b5394')
  })

  it('lists an attached file with its absolute URL, type label and size', async () => {
    const data = samplePdf(['Ke hoach 2025'])
    const plan = await t.payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch số 10909/KH-UBND' },
      file: { data, mimetype: 'application/pdf', name: 'ke-hoach-2025.pdf', size: data.length },
    })
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { attachments: [plan.id] }),
    })
    const [attachment] = campaignOf(await current(t.world.siteA))?.attachments ?? []
    expect(attachment).toMatchObject({
      title: 'Kế hoạch số 10909/KH-UBND',
      mimeType: 'application/pdf',
      fileType: 'PDF',
      bytes: data.length,
    })
    expect(attachment?.url).toMatch(/^https?:\/\/[^/]+\/.*ke-hoach-2025\.pdf$/)
    await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
    await t.payload.delete({ collection: 'media', id: plan.id })
  })

  it('a major update changes the edition key; a plain edit does not', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    const before = campaignOf(await current(t.world.siteA))?.editionKey
    await t.payload.update({ collection: 'campaigns', id: edition.id, data: { theme: 'Sửa nhỏ' } })
    expect(campaignOf(await current(t.world.siteA))?.editionKey).toBe(before)
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Sửa lớn', majorUpdate: true, _status: 'published' },
    })
    const after = campaignOf(await current(t.world.siteA))?.editionKey
    expect(after).not.toBe(before)
    expect(after).toBe(`${edition.id}.1`)
  })
})

describe('languages', () => {
  it('falls back to Vietnamese where English is missing, and serves English where present', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(t.world.siteA, { theme: 'Chủ đề', title: 'Tiêu đề' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      locale: 'en',
      data: { title: 'English title' },
    })
    const english = campaignOf(await current(t.world.siteA, 'locale=en'))
    expect(english).toMatchObject({ title: 'English title', theme: 'Chủ đề', locale: 'en' })
  })

  it('uses the site’s default language when none is asked for', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteB) })
    expect(campaignOf(await current(t.world.siteB, ''))?.locale).toBe('en')
  })
})

describe('time', () => {
  it('turns at midnight in Asia/Ho_Chi_Minh, whatever the server clock zone', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    clock.now = new Date('2025-12-15T16:59:59.999Z') // 23:59:59.999 on 15/12 in Hanoi
    expect(campaignOf(await current(t.world.siteA))).toMatchObject({ phase: 'live', daysLeft: 0 })
    clock.now = new Date('2025-12-15T17:00:00.000Z') // 00:00 on 16/12 in Hanoi
    expect((await current(t.world.siteA)).kind).toBe('none')
  })

  it('shows an upcoming edition once its display window has begun', async () => {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { displayWindow: { start: '2025-11-01', end: null } }),
    })
    clock.now = new Date('2025-10-31T12:00:00Z')
    expect((await current(t.world.siteA)).kind).toBe('none')
    clock.now = new Date('2025-11-01T12:00:00Z')
    expect(campaignOf(await current(t.world.siteA))).toMatchObject({
      phase: 'upcoming',
      daysUntilStart: 14,
    })
  })
})

describe('HTTP caching', () => {
  it('answers 304 to a matching If-None-Match, with the strong ETag and cache headers', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const first = await api.get(currentPath(t.world.siteA))
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    expect(first.headers.get('date')).toBeTruthy()
    const second = await api.get(currentPath(t.world.siteA), { 'if-none-match': etag })
    expect(second.status).toBe(304)
    expect(second.headers.get('etag')).toBe(etag)
    expect(await second.text()).toBe('')
    expect(second.headers.get('x-cache')).toBe('HIT')
  })

  it('tells a signed-in editor’s browser to ask again every time, so a publish shows at once', async () => {
    // The admin's dashboard and a same-origin portal page share the browser's HTTP cache: an
    // answer kept for max-age would hide what the editor just published.
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const signedIn = await api.get(currentPath(t.world.siteA), {
      cookie: 'payload-lng=vi; payload-token=abc.def.ghi',
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
    const again = await api.get(currentPath(t.world.siteA), {
      cookie: 'payload-token=abc.def.ghi',
      'if-none-match': signedIn.headers.get('etag') ?? '',
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('private, no-cache')
    // Visitors (no session) keep the shared lifetime.
    const visitor = await api.get(currentPath(t.world.siteA), { cookie: 'payload-lng=vi' })
    expect(visitor.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
  })

  it('answers in brotli or gzip as accepted, each with its own ETag and 304', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const url = api.origin + currentPath(t.world.siteA)
    const plain = await rawGet(url)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('Origin, Accept-Encoding')
    const variants = [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const
    for (const [encoding, decode] of variants) {
      const answer = await rawGet(url, { 'accept-encoding': `${encoding}, identity;q=0.5` })
      expect(answer.headers['content-encoding']).toBe(encoding)
      expect(answer.headers.vary).toBe('Origin, Accept-Encoding')
      expect(answer.body.length).toBeLessThan(plain.body.length)
      expect(decode(answer.body)).toEqual(plain.body)
      expect(answer.headers.etag).not.toBe(plain.headers.etag)
      const again = await rawGet(url, {
        'accept-encoding': encoding,
        'if-none-match': String(answer.headers.etag),
      })
      expect(again.status).toBe(304)
    }
  })

  it('changes the ETag when the content changes', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    const before = (await api.get(currentPath(t.world.siteA))).headers.get('etag')
    await t.payload.update({ collection: 'campaigns', id: edition.id, data: { theme: 'Khác' } })
    const after = await api.get(currentPath(t.world.siteA), { 'if-none-match': before ?? '' })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
  })
})

describe('CORS', () => {
  it('allows only the site’s listed origins, varies on Origin, never allows credentials', async () => {
    const allowed = await api.get(currentPath(t.world.siteA), {
      origin: 'https://portal-a.example',
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal-a.example')
    expect(allowed.headers.get('vary')).toBe('Origin, Accept-Encoding')
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    const denied = await api.get(currentPath(t.world.siteA), { origin: 'https://evil.example' })
    expect(denied.status).toBe(200)
    expect(denied.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows any origin where the site says *', async () => {
    const response = await api.get(currentPath(t.world.siteB), { origin: 'https://anyone.example' })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers a preflight', async () => {
    const response = await fetch(`${api.origin}${currentPath(t.world.siteA)}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal-a.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal-a.example')
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match')
  })
})

describe('bad input gets a JSON error with a stable code, never a 500', () => {
  it.each([
    ['/api/public/sites/khong-co/campaign', 404, 'site_not_found'],
    ['/api/public/sites/%E2%80%AE/campaign', 404, 'site_not_found'],
    ['/api/public/sites/%E0%A4%A/campaign', 404, 'site_not_found'],
    ['/api/public/sites/SITE-A/campaign', 404, 'site_not_found'],
    ['/api/public/nothing-here', 404, 'not_found'],
  ])('%s → %i %s', async (path, status, code) => {
    const response = await api.get(path)
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({ error: { code } })
  })

  it('rejects an unknown locale and a bad year with 400', async () => {
    const locale = await api.get(currentPath(t.world.siteA, 'locale=fr'))
    expect(locale.status).toBe(400)
    expect(await locale.json()).toMatchObject({ error: { code: 'invalid_locale' } })
    for (const year of ['abc', '20.5', '99999']) {
      const response = await api.get(
        `/api/public/sites/${t.world.siteA.slug}/campaigns?year=${year}`,
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_year' } })
    }
  })

  it('refuses methods other than GET, HEAD and OPTIONS', async () => {
    const response = await fetch(`${api.origin}${currentPath(t.world.siteA)}`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toContain('GET')
  })
})

describe('preview', () => {
  const tokenOf = async (user: { email: string }) => {
    const { token } = await t.payload.login({
      collection: 'users',
      data: { email: user.email, password: passwordOf(user) },
    })
    return token ?? ''
  }

  it('needs an editor session', async () => {
    const response = await api.get(currentPath(t.world.siteA, 'locale=vi&preview=1'))
    expect(response.status).toBe(401)
  })

  it('shows an editor the draft, privately; the same editor without preview sees published only', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Công khai' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { theme: 'Nháp riêng' },
      draft: true,
    })
    const authorization = `JWT ${await tokenOf(t.world.editorA)}`
    const preview = await api.get(currentPath(t.world.siteA, 'locale=vi&preview=1'), {
      authorization,
    })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect(((await preview.json()) as CurrentCampaignResponse).campaign?.theme).toBe('Nháp riêng')
    const normal = await api.get(currentPath(t.world.siteA), { authorization })
    expect(((await normal.json()) as CurrentCampaignResponse).campaign?.theme).toBe('Công khai')
  })
})

describe('archive and schema', () => {
  it('lists a site’s published editions of a year', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        year: 2024,
        campaignWindow: { start: '2024-11-15', end: '2024-12-15' },
      }),
    })
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { _status: 'draft' }),
      draft: true,
    })
    const response = await api.get(`/api/public/sites/${t.world.siteA.slug}/campaigns?year=2025`)
    const parsed = parseCampaignArchiveResponse(await response.json())
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.value.campaigns.map((campaign) => campaign.year)).toEqual([2025])
  })

  it('serves the JSON Schema, which accepts a live response', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const schemaResponse = await api.get('/api/public/schema')
    expect(schemaResponse.headers.get('access-control-allow-origin')).toBe('*')
    const schema = (await schemaResponse.json()) as { $id: string }
    expect(schema.$id).toBe('http://cms.test/api/public/schema')
    const validate = new Ajv2020({ strict: false }).compile(schema)
    const body: unknown = await (await api.get(currentPath(t.world.siteA))).json()
    expect(validate(body)).toBe(true)
  })
})

describe('changes made by another process', () => {
  it('a site created elsewhere, with no change signal here, is found within the cache TTL', async () => {
    const slug = `site-elsewhere-${Date.now()}`
    const path = `/api/public/sites/${slug}/campaign?locale=vi`
    expect((await api.get(path)).status).toBe(404)
    // Straight through the database adapter, without hooks: how another instance's write looks.
    const site = await t.payload.db.create({
      collection: 'sites',
      data: { name: 'Nơi khác', slug, timeZone: 'Asia/Ho_Chi_Minh', defaultLocale: 'vi' },
    })
    expect((await api.get(path)).status).toBe(404)
    clock.now = new Date(clock.now.getTime() + 31_000) // the helper's TTL is 30 s
    expect((await api.get(path)).status).toBe(200)
    await t.payload.delete({ collection: 'sites', id: site.id as number | string })
  })
})
