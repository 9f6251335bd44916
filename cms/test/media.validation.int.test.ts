import sharp from 'sharp'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import { useWorld } from './helpers/world'

const MAX_BYTES = vi.hoisted(() => {
  // Before the config reads it at import.
  process.env.MEDIA_MAX_BYTES = String(8 * 1024)
  return 8 * 1024
})

const t = useWorld()

afterAll(async () => {
  await t.payload.delete({ collection: 'media', where: { id: { exists: true } } })
})

const upload = (
  name: string,
  data: Buffer,
  mimetype: string,
  extra: Record<string, unknown> = {},
) =>
  t.payload.create({
    collection: 'media',
    data: { title: name, ...extra },
    file: { data, mimetype, name, size: data.length },
    user: t.world.editorA,
    overrideAccess: false,
  })

const errorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } } | null)
    ?.data?.errors
  return errors?.map(({ path, message }) => ({ path, message }))
}

const png = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#e8590c' } })
    .png()
    .toBuffer()

const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1" height="1"/></svg>',
)

describe('uploads are checked by content', () => {
  it('accepts a PDF and keeps its type and size', async () => {
    const data = samplePdf(['Ke hoach'])
    const media = await upload('ke-hoach.pdf', data, 'application/pdf')
    expect(media.mimeType).toBe('application/pdf')
    expect(media.filesize).toBe(data.length)
    // The list's columns in an editor's words, not "application/pdf" and a bare byte count.
    expect(data.length).toBeLessThan(1024)
    expect(media.fileType).toBe('PDF')
    expect(media.fileSize).toBe(`${data.length} B`)
  })

  it('rejects an SVG, even named .png', async () => {
    const errors = await errorsOf(upload('logo.png', svg, 'image/png', { alt: 'Logo' }))
    expect(errors).toEqual([
      {
        path: 'file',
        message: expect.stringMatching(/^Loại tệp không được phép .*Chỉ nhận PDF, DOC, DOCX/),
      },
    ])
  })

  it('rejects a text file named .pdf', async () => {
    const errors = await errorsOf(
      upload('ke-hoach.pdf', Buffer.from('not a pdf at all'), 'application/pdf'),
    )
    expect(errors?.map((error) => error.path)).toEqual(['file'])
  })

  it('rejects a cut-off PDF, saying what to do, in the editor’s language', async () => {
    const whole = samplePdf(['Ke hoach'])
    const cut = whole.subarray(0, whole.lastIndexOf('xref'))
    const failure = await upload('ke-hoach-hong.pdf', cut, 'application/pdf').then(
      () => null,
      (error: { message?: string; data?: { errors?: Array<{ path: string; message: string }> } }) =>
        error,
    )
    expect(failure?.message).toBe('Trường sau chưa hợp lệ: Tệp')
    expect(failure?.data?.errors?.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'file',
        message:
          'Tệp PDF bị hỏng hoặc chưa đầy đủ (thiếu phần kết thúc của tệp). Hãy xuất lại tệp PDF rồi tải lên.',
      },
    ])
  })

  it('rejects a file over the size limit, saying the limit', async () => {
    const big = samplePdf(Array.from({ length: 400 }, (_, i) => `Dong ${i} cua ke hoach chi tiet`))
    expect(big.length).toBeGreaterThan(MAX_BYTES)
    const errors = await errorsOf(upload('lon.pdf', big, 'application/pdf'))
    expect(errors).toEqual([
      {
        path: 'file',
        message: expect.stringMatching(/^Tệp quá lớn \(.+\)\. Dung lượng tối đa là 8 KB\.$/),
      },
    ])
  })

  it('requires alt text for images', async () => {
    const errors = await errorsOf(upload('anh.png', await png(), 'image/png'))
    expect(errors).toEqual([
      {
        path: 'alt',
        message: 'Ảnh cần có mô tả thay thế (alt) cho người dùng trình đọc màn hình.',
      },
    ])
    const media = await upload('anh.png', await png(), 'image/png', { alt: 'Biểu trưng' })
    expect(media.mimeType).toBe('image/png')
  })

  it('records the type the bytes show, not the one the browser claimed', async () => {
    const media = await upload('anh-that.png', await png(), 'application/octet-stream', {
      alt: 'Ảnh',
    })
    expect(media.mimeType).toBe('image/png')
  })
})
