// Files can only come from an upload in the request itself: never fetched by Payload from a URL
// or re-read from a name, never cropped or re-focused, and an editor of site B can never
// replace, crop or overwrite a file of site A, by any request.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Media } from '../src/payload-types'
import sharp from 'sharp'

import { samplePdf } from '../src/seed/samplePdf'
import { startApiServer } from './helpers/httpServer'
import { passwordOf, useWorld } from './helpers/world'

vi.hoisted(() => {
  process.env.MEDIA_MAX_BYTES = String(8 * 1024) // before the config reads it
})

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
let planOfA: Media
let tokenA = ''
let tokenB = ''

const mediaDir = () => process.env.MEDIA_DIR ?? ''
const digest = (filename: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(mediaDir(), filename)))
    .digest('hex')

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  tokenA = await api.login(t.world.editorA.email, passwordOf(t.world.editorA))
  tokenB = await api.login(t.world.editorB.email, passwordOf(t.world.editorB))
  planOfA = await t.payload.create({
    collection: 'media',
    data: { title: 'Kế hoạch của trang A' },
    file: {
      data: samplePdf(['Ke hoach A']),
      mimetype: 'application/pdf',
      name: 'ke-hoach-a.pdf',
      size: 0,
    },
    user: t.world.editorA,
    overrideAccess: false,
  })
})

afterAll(async () => {
  await api.close()
  await t.payload.delete({ collection: 'media', where: { id: { exists: true } } })
})

const json = (token: string, method: string, pathname: string, body: unknown) =>
  fetch(`${api.origin}${pathname}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const multipart = (token: string, method: string, pathname: string, name: string) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(samplePdf([`Thay the ${name}`]))], { type: 'application/pdf' }),
    name,
  )
  form.append('_payload', JSON.stringify({ title: 'Tệp thay thế' }))
  return fetch(`${api.origin}${pathname}`, {
    method,
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer()

const messageOf = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('a file named or pointed at instead of uploaded', () => {
  it.each([
    ['a URL on another server', { url: 'http://127.0.0.1:9/ke-hoach.pdf', filename: 'x.pdf' }],
    ['a public URL', { url: 'https://example.com/ke-hoach.pdf', filename: 'ke-hoach.pdf' }],
    [
      'another site’s stored file',
      { url: '/api/media/file/ke-hoach-a.pdf', filename: 'ke-hoach-a.pdf' },
    ],
    ['a stored file’s name only', { filename: 'ke-hoach-a.pdf' }],
    ['a focal point on a stored file', { filename: 'ke-hoach-a.pdf', focalX: 10, focalY: 10 }],
  ])('is refused with a clear 400: %s', async (_case, reference) => {
    const before = await t.payload.count({ collection: 'media' })
    const response = await json(tokenB, 'POST', '/api/media', { title: 'Tệp', ...reference })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toMatch(/^Hãy tải tệp lên trực tiếp/)
    expect(await t.payload.count({ collection: 'media' })).toEqual(before)
  })

  it('crop or focal edits in the query are refused too, and the stored file is unchanged', async () => {
    const before = digest(planOfA.filename ?? '')
    const crop =
      '?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=1&uploadEdits[crop][height]=1'
    const created = await json(tokenB, 'POST', `/api/media${crop}`, {
      title: 'Cắt',
      filename: planOfA.filename,
      url: `/api/media/file/${planOfA.filename}`,
    })
    expect(created.status).toBe(400)
    const own = await json(tokenA, 'PATCH', `/api/media/${planOfA.id}${crop}`, { title: 'Sửa' })
    expect(own.status).toBe(400)
    expect(digest(planOfA.filename ?? '')).toBe(before)
  })

  it('a changed focal point on an editor’s own image is refused; the stored one goes through', async () => {
    const image = await t.payload.create({
      collection: 'media',
      data: { title: 'Ảnh', alt: 'Ảnh' },
      file: { data: await png(), mimetype: 'image/png', name: 'anh.png', size: 0 },
      user: t.world.editorA,
      overrideAccess: false,
    })
    const moved = await json(tokenA, 'PATCH', `/api/media/${image.id}`, { focalX: 5, focalY: 5 })
    expect(moved.status).toBe(400)
    const asSent = await json(tokenA, 'PATCH', `/api/media/${image.id}`, {
      ...image,
      alt: 'Ảnh biểu trưng',
    })
    expect(asSent.status).toBe(200)
  })

  it('an editor still changes their own file’s title as the admin form sends it', async () => {
    const stored = await t.payload.findByID({ collection: 'media', id: planOfA.id, depth: 0 })
    const response = await json(tokenA, 'PATCH', `/api/media/${planOfA.id}`, {
      ...stored,
      title: 'Kế hoạch chi tiết (trang A)',
    })
    expect(response.status).toBe(200)
  })
})

describe('an editor of site B and a file of site A', () => {
  it('cannot replace it, change it, or re-process it', async () => {
    const before = digest(planOfA.filename ?? '')
    expect((await multipart(tokenB, 'PATCH', `/api/media/${planOfA.id}`, 'b.pdf')).status).toBe(403)
    expect((await json(tokenB, 'PATCH', `/api/media/${planOfA.id}`, { title: 'B' })).status).toBe(
      403,
    )
    const focal = '?uploadEdits[focalPoint][x]=1&uploadEdits[focalPoint][y]=1'
    expect([400, 403]).toContain(
      (await json(tokenB, 'PATCH', `/api/media/${planOfA.id}${focal}`, {})).status,
    )
    expect((await json(tokenB, 'DELETE', `/api/media/${planOfA.id}`, {})).status).toBe(403)
    expect(digest(planOfA.filename ?? '')).toBe(before)
  })

  it('uploading a file of the same name stores a new file and leaves A’s alone', async () => {
    const before = digest(planOfA.filename ?? '')
    const response = await multipart(tokenB, 'POST', '/api/media', planOfA.filename ?? '')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc.filename).not.toBe(planOfA.filename)
    expect(digest(planOfA.filename ?? '')).toBe(before)
  })
})

describe('the stored file is checked on every path', () => {
  // Records from before today's rules (or written around them), copied through the API.
  const legacyRecord = async (filename: string, bytes: Buffer | string, mimeType: string) => {
    writeFileSync(path.join(mediaDir(), filename), bytes)
    return t.payload.db.create({
      collection: 'media',
      data: {
        title: 'Cũ',
        filename,
        mimeType,
        filesize: bytes.length,
        ownerSite: t.world.siteB.id,
      },
    })
  }

  it.each([
    ['an SVG', 'cu.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    [
      'a file over the size limit',
      'lon.pdf',
      samplePdf(Array.from({ length: 400 }, (_, i) => `Dong ${i} cua ke hoach chi tiet`)),
      'application/pdf',
    ],
  ])('a copy of %s is refused', async (_case, filename, bytes, mimeType) => {
    const legacy = await legacyRecord(filename, bytes, mimeType)
    const before = await t.payload.count({ collection: 'media' })
    const response = await json(tokenB, 'POST', `/api/media/${String(legacy.id)}/duplicate`, {})
    expect(response.status).toBe(400)
    expect(await t.payload.count({ collection: 'media' })).toEqual(before)
    await t.payload.db.deleteOne({ collection: 'media', where: { id: { equals: legacy.id } } })
  })
})
