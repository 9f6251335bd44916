// What comes before the first section: the page's kind ("Thông báo"), the title, the date and
// the introduction ("Sở … đã nhận Công văn số … Sở xây dựng Kế hoạch … như sau:").
import type { MarkedLine } from './listMarkers'
import { publicationDateOf } from './byline'
import type { Piece } from './piece'
import { foldForMatch } from './sectionHeadings'

// A portal's category label, breadcrumb or page tools around the title, never part of it.
const PAGE_KIND =
  /^(?:thông báo|tin tức(?: - sự kiện| sự kiện)?|tin hoạt động|tin bài|hoạt động|tin nổi bật|tin tổng hợp|sự kiện|văn bản|kế hoạch)$/u
const PAGE_TOOLS =
  /^(?:trang chủ|lượt xem|số lượt xem|lượt đọc|cỡ chữ|in bài|bản in|chia sẻ|gửi email)/u

// An official text's header: the issuing body in capitals, the national motto, its own number.
const HEADER = /^(?:cộng hòa xã hội chủ nghĩa việt nam|độc lập - tự do - hạnh phúc|số ?:)/u
const AGENCY = /^(?:ubnd|ủy ban|uỷ ban|sở|bộ|phòng|ban|trung tâm|hội|trường|công an)(?= |$)/u

const isAgencyLine = (text: string): boolean =>
  text === text.toUpperCase() && text.split(' ').length <= 6 && AGENCY.test(foldForMatch(text))

const isPageFurniture = (text: string): boolean => {
  const folded = foldForMatch(text)
  return (
    PAGE_KIND.test(folded) ||
    PAGE_TOOLS.test(folded) ||
    HEADER.test(folded) ||
    isAgencyLine(text) ||
    / [>»] /u.test(folded)
  )
}

const isTitleLike = (text: string): boolean =>
  text.split(' ').length >= 4 && text.length <= 300 && !text.endsWith(':')

export interface Preamble {
  title: Piece | null
  publishedOn: { date: string; line: Piece } | null
  introduction: Piece[]
}

export const readPreamble = (lines: readonly MarkedLine[]): Preamble => {
  const read: Preamble = { title: null, publishedOn: null, introduction: [] }
  for (const { line } of lines) {
    const date = publicationDateOf(line)
    if (date !== null) read.publishedOn ??= { date, line }
    else if (isPageFurniture(line.text)) continue
    else if (read.title === null && read.introduction.length === 0 && isTitleLike(line.text)) {
      read.title = line
    } else read.introduction.push(line)
  }
  return read
}
