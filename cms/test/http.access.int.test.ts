import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import { startApiServer } from './helpers/httpServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
let publishedId: number | string
let draftId: number | string

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  publishedId = (
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Chủ đề công khai' }),
    })
  ).id
  draftId = (
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Chủ đề nháp', _status: 'draft' }),
      draft: true,
    })
  ).id
})

afterAll(async () => {
  await api.close()
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${api.origin}${path}`, { headers })

const graphql = async (query: string) => {
  const response = await fetch(`${api.origin}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
}

describe('anonymous REST', () => {
  it('lists published campaigns only, even with draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const body = (await (await get(`/api/campaigns${query}`)).json()) as {
        docs: Array<{ id: number | string; theme: string }>
      }
      const ids = body.docs.map((doc) => String(doc.id))
      expect(ids).toContain(String(publishedId))
      expect(ids).not.toContain(String(draftId))
    }
  })

  it('gets no draft by id', async () => {
    const response = await get(`/api/campaigns/${draftId}?draft=true`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(await response.text()).not.toContain('Chủ đề nháp')
  })

  it('gets no versions and no users', async () => {
    expect((await get('/api/campaigns/versions')).status).toBe(403)
    expect((await get('/api/users')).status).toBe(403)
    expect((await get('/api/sites')).status).toBe(403)
  })

  it('reads English with fallback to Vietnamese', async () => {
    const body = (await (await get(`/api/campaigns/${publishedId}?locale=en`)).json()) as {
      theme: string
    }
    expect(body.theme).toBe('Chủ đề công khai')
  })
})

describe('anonymous GraphQL', () => {
  it('sees published campaigns only, even asking for drafts', async () => {
    const result = await graphql('{ Campaigns(draft: true, limit: 100) { docs { id theme } } }')
    const docs = (result.data?.Campaigns as { docs: Array<{ id: number | string }> }).docs
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(publishedId))
    expect(ids).not.toContain(String(draftId))
  })

  it('gets no users and no versions', async () => {
    const users = await graphql('{ Users { docs { email } } }')
    expect(users.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(users.data ?? {})).not.toContain('@example.com')
    const versions = await graphql('{ versionsCampaigns { docs { id } } }')
    expect(versions.errors?.length).toBeGreaterThan(0)
  })
})

describe('uploaded files over HTTP', () => {
  it('are served with their checked type, never sniffed', async () => {
    const data = samplePdf(['Ke hoach'])
    const media = await t.payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch' },
      file: { data, mimetype: 'application/pdf', name: 'ke-hoach-http.pdf', size: data.length },
    })
    const response = await get(`/api/media/file/${media.filename}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(data)
    await t.payload.delete({ collection: 'media', id: media.id })
  })
})

describe('validation over HTTP', () => {
  it('answers in English for an English admin, naming the field', async () => {
    const token = await api.login(t.world.editorA.email, passwordOf(t.world.editorA))
    const response = await fetch(`${api.origin}/api/campaigns`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${token}`,
        'accept-language': 'en',
      },
      body: JSON.stringify(
        editionData(t.world.siteA, { campaignWindow: { start: '2025-12-15', end: '2025-11-15' } }),
      ),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }>
    }
    const fieldErrors = body.errors[0]?.data.errors.map(({ path, message }) => ({ path, message }))
    expect(fieldErrors).toEqual([
      {
        path: 'campaignWindow.end',
        message: 'The end date (15 Nov 2025) must be on or after the start date (15 Dec 2025).',
      },
    ])
  })

  it('our own rules summarise in the editor’s language, naming the field by its label', async () => {
    const token = await api.login(t.world.editorA.email, passwordOf(t.world.editorA))
    const publishWithoutMessages = (cookie: string) =>
      fetch(`${api.origin}/api/campaigns`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, cookie },
        body: JSON.stringify(editionData(t.world.siteA, { messages: [] })),
      })
    const vietnamese = await publishWithoutMessages('payload-lng=vi')
    expect(vietnamese.status).toBe(400)
    const summary = ((await vietnamese.json()) as { errors: Array<{ message: string }> }).errors[0]
    expect(summary?.message).toBe('Trường sau chưa hợp lệ: Thông điệp')
    const english = await publishWithoutMessages('payload-lng=en')
    expect(
      ((await english.json()) as { errors: Array<{ message: string }> }).errors[0]?.message,
    ).toBe('The following field is invalid: Messages')
  })
})
