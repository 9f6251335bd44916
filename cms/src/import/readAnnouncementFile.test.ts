import { describe, expect, it } from 'vitest'

import { announcementText } from '../seed/fixture'
import { cleanAnnouncementText } from './cleanText'
import { buildDocx, zip } from './fixtures/buildDocx'
import { parseAnnouncement } from './parseAnnouncement'
import { MAX_FILE_BYTES, readAnnouncementFile } from './readAnnouncementFile'

const utf16 = (text: string, order: 'le' | 'be', withMark: boolean): Uint8Array => {
  const bytes = Buffer.from(text, 'utf16le')
  if (order === 'be') bytes.swap16()
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return withMark ? Buffer.concat([Buffer.from(mark), bytes]) : bytes
}

const codes = (problems: Array<{ code: string }>) => problems.map(({ code }) => code)

describe('reading an uploaded announcement', () => {
  it('a .docx and a UTF-16 .txt of the announcement give the same text and the same parse', async () => {
    const docx = await readAnnouncementFile({
      filename: 'thong-bao.docx',
      data: buildDocx(announcementText),
    })
    const txt = await readAnnouncementFile({
      filename: 'thong-bao.txt',
      data: utf16(announcementText.replace(/\n/g, '\r\n'), 'le', true),
    })
    expect(docx.problems).toEqual([])
    expect(txt.problems).toEqual([])
    const cleaned = cleanAnnouncementText(announcementText).trim()
    expect(cleanAnnouncementText(docx.text).trim()).toBe(cleaned)
    expect(cleanAnnouncementText(txt.text).trim()).toBe(cleaned)
    const { text: _docxText, ...fromDocx } = parseAnnouncement(docx.text)
    const { text: _txtText, ...fromTxt } = parseAnnouncement(txt.text)
    expect(fromDocx.theme?.value).toBe(parseAnnouncement(announcementText).theme?.value)
    expect(fromDocx).toEqual(fromTxt)
  })

  it.each([
    ['UTF-8', Buffer.from(announcementText, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.from(`\ufeff${announcementText}`, 'utf8')],
    ['UTF-16 big-endian with a mark', utf16(announcementText, 'be', true)],
    ['UTF-16 little-endian without a mark', utf16(announcementText, 'le', false)],
    ['UTF-16 big-endian without a mark', utf16(announcementText, 'be', false)],
  ])('a .txt in %s is decoded', async (_, data) => {
    const read = await readAnnouncementFile({ filename: 'thong-bao.txt', data })
    expect(read).toEqual({ text: announcementText, problems: [] })
  })

  it('a .txt in another encoding is read as far as it goes, and says so', async () => {
    const windows1258 = Buffer.from([0x43, 0x68, 0xf0, 0x20, 0x64, 0xea]) // "Chð dê" bytes
    const read = await readAnnouncementFile({ filename: 'thong-bao.txt', data: windows1258 })
    expect(codes(read.problems)).toEqual(['fileEncoding'])
    expect(read.text).toContain('Ch')
  })

  it.each([
    ['a Word 97–2003 .doc', 'thong-bao.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])],
    ['a PDF', 'thong-bao.pdf', Buffer.from('%PDF-1.7\n')],
    ['an OpenDocument text', 'thong-bao.odt', zip({ 'content.xml': '<office:document/>' })],
    ['an image', 'anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ])('%s is refused with a way forward', async (_, filename, data) => {
    const read = await readAnnouncementFile({ filename, data })
    expect(read.text).toBe('')
    expect(codes(read.problems)).toEqual(['fileTypeUnsupported'])
    expect(read.problems[0]?.message.vi).toContain('.docx')
  })

  it('a damaged .docx is a problem, not a crash', async () => {
    const damaged = buildDocx(announcementText).subarray(0, 400)
    const notWord = zip({ 'hello.txt': 'xin chào' })
    for (const data of [damaged, notWord, Buffer.from('not a zip at all')]) {
      const read = await readAnnouncementFile({ filename: 'thong-bao.docx', data })
      expect(codes(read.problems)).toEqual(['fileUnreadable'])
    }
  })

  it('a .docx that claims to inflate to more than 50 MB is not inflated', async () => {
    const docx = Buffer.from(buildDocx(announcementText))
    // Rewrite the stated size of the central directory's first entry.
    const entry = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    docx.writeUInt32LE(0xfff00000, entry + 24)
    const read = await readAnnouncementFile({ filename: 'thong-bao.docx', data: docx })
    expect(codes(read.problems)).toEqual(['fileTooLarge'])
  })

  it('a file over the size limit is refused before it is read', async () => {
    const data = new Uint8Array(MAX_FILE_BYTES + 1)
    const read = await readAnnouncementFile({ filename: 'thong-bao.txt', data })
    expect(codes(read.problems)).toEqual(['fileTooLarge'])
    expect(read.problems[0]?.message.vi).toContain('5,0 MB')
    expect(read.problems[0]?.message.en).toContain('5.0 MB')
  })
})
