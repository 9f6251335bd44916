// The headings announcements use for the parts a campaign needs, numbered or not:
// "1. Chủ đề …:", "THỜI GIAN", "Các thông điệp tuyên truyền:", "4. Các hoạt động chính:".
import type { MarkedLine } from './listMarkers'
import type { Piece } from './piece'
import { slicePiece } from './piece'

export type SectionKind = 'theme' | 'window' | 'messages' | 'activities' | 'other'

const END_OF_KEYWORD = String.raw`(?=$|[\s:.,;(“"«–-])`

const KEYWORDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['theme', new RegExp(`^chủ đề${END_OF_KEYWORD}`, 'u')],
  ['window', new RegExp(`^thời gian${END_OF_KEYWORD}`, 'u')],
  ['messages', new RegExp(`^(?:các |những )?(?:thông điệp|khẩu hiệu)${END_OF_KEYWORD}`, 'u')],
  [
    'activities',
    new RegExp(
      `^(?:các |những |một số )?(?:hoạt động|nội dung hoạt động|nội dung triển khai|nội dung thực hiện)${END_OF_KEYWORD}`,
      'u',
    ),
  ],
]

// Headings are short; only their start is looked at, so a 1 MB line costs nothing here.
const HEAD_LENGTH = 160

/** Lower case, with the look-alike Ð (U+00D0, an Icelandic letter) read as Đ. */
export const foldForMatch = (text: string): string =>
  text.slice(0, HEAD_LENGTH).toLowerCase().replace(/ð/g, 'đ')

const keywordKind = (body: string): SectionKind | null => {
  const folded = foldForMatch(body)
  return KEYWORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null
}

const wordCount = (text: string): number => text.split(' ').filter(Boolean).length

const OPENING_QUOTES = '“"«„'

/**
 * Where the content of a heading line starts: after its first colon, at an opening quote, or
 * after " là " ("Chủ đề năm nay là …"); -1 when the line is a heading alone.
 */
const contentStart = (body: string): number => {
  const head = body.slice(0, HEAD_LENGTH)
  const colon = head.indexOf(':')
  if (colon !== -1) return colon + 1
  const quote = [...OPENING_QUOTES].map((q) => head.indexOf(q)).filter((at) => at !== -1)
  if (quote.length > 0) return Math.min(...quote)
  const is = head.indexOf(' là ')
  return is === -1 ? -1 : is + 4
}

/**
 * An unnumbered line is a heading when it is short ("THÔNG ĐIỆP", "Hoạt động chính") or a
 * short label before its content ("Thời gian: từ …"); a sentence that merely starts with the
 * word is not.
 */
const looksLikeHeading = (body: string): boolean => {
  const start = contentStart(body)
  if (start !== -1) return wordCount(body.slice(0, start)) <= 12
  return body.length <= HEAD_LENGTH && wordCount(body) <= 8 && !body.endsWith('.')
}

/**
 * The kind of section a line opens, or null when it opens none by its words. A numbered line may
 * be a little longer ("2. Thời gian thực hiện từ ngày … đến ngày …").
 */
export const headingKindOf = ({ marker, body }: MarkedLine): SectionKind | null => {
  const kind = keywordKind(body.text)
  if (kind === null) return null
  const isShortNumbered = marker !== null && wordCount(body.text.slice(0, HEAD_LENGTH)) <= 12
  return isShortNumbered || looksLikeHeading(body.text) ? kind : null
}

/** What follows the heading's label on its own line ("Thời gian: Từ ngày …"), if anything. */
export const headingContent = (body: Piece): Piece | null => {
  const start = contentStart(body.text)
  if (start === -1) return null
  const content = slicePiece(body, start)
  return content.text.trim() === '' ? null : content
}
