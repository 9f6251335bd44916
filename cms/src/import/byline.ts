// The publication date and the author, as portals print them around an announcement:
// "11/11/2021", "Thứ Năm, 11/11/2021 08:30", "Ngày đăng: 11/11/2021", "Khánh Hòa, ngày 11 tháng
// 11 năm 2021"; "Xuân Phương" alone on the last line, "Tác giả: …", "Tin, ảnh: …".
import type { CalendarDate } from '@campaign/shared/schedule'

import { calendarDateOfPrinted, readDateAt } from './dates'
import type { Piece } from './piece'
import { slicePiece, trimPiece } from './piece'

// Date and name lines are short; longer lines are never looked at (and patterns stay cheap).
const BYLINE_LENGTH = 80

const DATE_LEAD =
  /^(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),? )?(?:(?:ngày )?(?:đăng|cập nhật|xuất bản)(?: ngày| lúc)?:? )?(?:[\p{L} .]{2,40}, )?(?:\d{1,2}[:h]\d{2} ?[|,-]? ?)?(?:ngày )?/iu
const TIME_TAIL = /^(?: ?[,|-]? ?(?:lúc )?\d{1,2}[:h]\d{2}(?::\d{2})?(?: ?(?:sa|ch|am|pm))?)?\.?$/iu

/** The day of a line that is only a date (with a weekday, label, place or time around it). */
export const publicationDateOf = (line: Piece): CalendarDate | null => {
  if (line.text.length > BYLINE_LENGTH) return null
  const lead = DATE_LEAD.exec(line.text)
  const read = readDateAt(line.text, lead?.[0].length ?? 0)
  if (read === null || !TIME_TAIL.test(line.text.slice(read.end))) return null
  return calendarDateOfPrinted(read.date)
}

const AUTHOR_LABEL =
  /^(?:tác giả|người viết|người đăng|tin(?:,| và) ảnh|tin|bài(?:,| và) ảnh|bài|nguồn tin|biên tập) ?: ?/iu
const NAME_WORD = /^\p{Lu}\p{Ll}{0,12}$/u

const isName = (text: string): boolean => {
  const words = text.split(' ')
  return words.length >= 2 && words.length <= 5 && words.every((word) => NAME_WORD.test(word))
}

const isWrapping = (char: string): boolean => ' ().'.includes(char)

/**
 * The author's name in a byline: after a label ("Tác giả: …"), or a line that is a name alone
 * ("Xuân Phương", "(Xuân Phương)", "Xuân Phương - Văn phòng Sở"); null for anything else.
 */
export const authorOf = (line: Piece): Piece | null => {
  if (line.text.length > BYLINE_LENGTH) return null
  const label = AUTHOR_LABEL.exec(line.text)
  const rest = trimPiece(slicePiece(line, label?.[0].length ?? 0), isWrapping)
  const dash = rest.text.indexOf(' - ')
  const name = dash === -1 ? rest : trimPiece(slicePiece(rest, 0, dash), isWrapping)
  if (label && name.text !== '') return name
  return isName(name.text) ? name : null
}
