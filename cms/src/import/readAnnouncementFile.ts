// The text of an uploaded announcement: a Word .docx (its paragraphs, through mammoth) or a
// .txt in UTF-8 or UTF-16 (with or without a byte-order mark). Never throws: what cannot be read
// comes back as a problem.
import { formatBytes } from '@campaign/shared/format'
import mammoth from 'mammoth'

import type { ProblemCode, ProblemVars } from './problems'
import { problem } from './problems'
import type { ImportProblem } from './types'
import { declaredZipSize } from './zipLimits'

export interface AnnouncementFile {
  filename: string
  data: Uint8Array
}

export interface FileText {
  text: string
  problems: ImportProblem[]
}

/** An announcement file is a few pages; 5 MB leaves room for the images a .docx carries. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
const MAX_INFLATED_BYTES = 50 * 1024 * 1024

const size = (bytes: number) => ({ vi: formatBytes(bytes, 'vi'), en: formatBytes(bytes, 'en') })

const startsWith = (data: Uint8Array, bytes: readonly number[]): boolean =>
  bytes.every((byte, index) => data[index] === byte)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // Word 97–2003 .doc
const PDF = [0x25, 0x50, 0x44, 0x46]

const failed = (code: ProblemCode, vars: ProblemVars = {}): FileText => ({
  text: '',
  problems: [problem(code, { vars })],
})

const readDocx = async (data: Uint8Array): Promise<FileText> => {
  const inflated = declaredZipSize(data)
  if (inflated === null) return failed('fileUnreadable')
  if (inflated > MAX_INFLATED_BYTES) {
    return failed('fileTooLarge', { size: size(inflated), max: size(MAX_INFLATED_BYTES) })
  }
  try {
    // Raw text: one paragraph a line, a blank line after each; no images, links or styles read.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(data) })
    return { text: value, problems: [] }
  } catch {
    return failed('fileUnreadable')
  }
}

// UTF-16 without a byte-order mark still shows itself: in Vietnamese text most characters are
// Latin letters and spaces, whose high byte is zero; UTF-8 text has no zero bytes at all.
const looksLikeUtf16 = (data: Uint8Array, highByteAt: 0 | 1): boolean => {
  const sample = Math.min(data.length - (data.length % 2), 4_000)
  if (sample < 4) return false
  let zeros = 0
  for (let at = highByteAt; at < sample; at += 2) if (data[at] === 0) zeros++
  return zeros > sample / 4
}

export const decodeText = (data: Uint8Array): FileText => {
  const decode = (encoding: string, from = 0) =>
    new TextDecoder(encoding, { fatal: true }).decode(data.subarray(from))
  try {
    if (startsWith(data, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', 3), problems: [] }
    if (startsWith(data, [0xff, 0xfe])) return { text: decode('utf-16le', 2), problems: [] }
    if (startsWith(data, [0xfe, 0xff])) return { text: decode('utf-16be', 2), problems: [] }
    if (looksLikeUtf16(data, 1)) return { text: decode('utf-16le'), problems: [] }
    if (looksLikeUtf16(data, 0)) return { text: decode('utf-16be'), problems: [] }
    return { text: decode('utf-8'), problems: [] }
  } catch {
    // Not valid in the encoding it claims: read what can be read, and say so.
    return { text: new TextDecoder('utf-8').decode(data), problems: [problem('fileEncoding')] }
  }
}

const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.')
  return dot === -1 ? '' : filename.slice(dot + 1).toLowerCase()
}

export const readAnnouncementFile = async ({
  filename,
  data,
}: AnnouncementFile): Promise<FileText> => {
  if (data.length > MAX_FILE_BYTES) {
    return failed('fileTooLarge', { size: size(data.length), max: size(MAX_FILE_BYTES) })
  }
  const extension = extensionOf(filename)
  // The bytes decide; the name only rules out what is neither (an .odt is a zip too).
  if (startsWith(data, ZIP)) {
    return extension === 'docx' || extension === '' ? readDocx(data) : failed('fileTypeUnsupported')
  }
  if (startsWith(data, OLE) || startsWith(data, PDF)) return failed('fileTypeUnsupported')
  if (extension === 'docx') return failed('fileUnreadable')
  if (!['txt', 'text', ''].includes(extension)) return failed('fileTypeUnsupported')
  return decodeText(data)
}
