// Dates as Vietnamese announcements print them: 15/11/2021, 15-11-2021, 15.11.2021,
// "15 tháng 11 năm 2021", and ranges "Từ ngày 15/11/2021 đến ngày 15/12/2021", "15/11 – 15/12/2021".
import type { CalendarDate } from '@campaign/shared/schedule'
import { isCalendarDate } from '@campaign/shared/schedule'

import type { Piece } from './piece'
import { slicePiece } from './piece'

export interface PrintedDate {
  day: number
  month: number
  year: number | null
}

// One date; `tag` keeps the group names apart when a pattern holds two.
const datePattern = (tag: string): string =>
  String.raw`(?<day${tag}>\d{1,2})(?:(?<sep${tag}>[/.-])(?<month${tag}>\d{1,2})(?:\k<sep${tag}>(?<year${tag}>\d{4}))?| tháng (?<wordMonth${tag}>\d{1,2}))(?: năm (?<wordYear${tag}>\d{4}))?(?![\d/])`

const NOT_INSIDE_A_NUMBER = String.raw`(?<![\d/.])`

const RANGE = new RegExp(
  `${NOT_INSIDE_A_NUMBER}(?:(?:từ|bắt đầu từ) (?:ngày )?)?${datePattern('A')}(?: ?(?:đến|tới)(?: hết)?(?: ngày)? | ?[-–—] ?(?:ngày )?)${datePattern('B')}`,
  'giu',
)

const SINGLE = new RegExp(`${NOT_INSIDE_A_NUMBER}${datePattern('')}`, 'yu')

const dateOf = (groups: Record<string, string | undefined>, tag: string): PrintedDate => {
  const year = groups[`year${tag}`] ?? groups[`wordYear${tag}`]
  return {
    day: Number(groups[`day${tag}`]),
    month: Number(groups[`month${tag}`] ?? groups[`wordMonth${tag}`]),
    year: year === undefined ? null : Number(year),
  }
}

/** The real calendar day, or null for 31/11 and the like. */
export const calendarDateOf = (year: number, month: number, day: number): CalendarDate | null => {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isCalendarDate(date) ? date : null
}

export const calendarDateOfPrinted = (date: PrintedDate): CalendarDate | null =>
  date.year === null ? null : calendarDateOf(date.year, date.month, date.day)

export interface PrintedRange {
  from: PrintedDate
  to: PrintedDate
  /** The range as printed, "từ ngày" included. */
  piece: Piece
}

/** The first date range in a piece of text. */
export const findDateRange = (piece: Piece): PrintedRange | null => {
  RANGE.lastIndex = 0
  const match = RANGE.exec(piece.text)
  if (!match?.groups) return null
  return {
    from: dateOf(match.groups, 'A'),
    to: dateOf(match.groups, 'B'),
    piece: slicePiece(piece, match.index, match.index + match[0].length),
  }
}

/** A full date (day, month and year) starting exactly at `at`, and where it ends. */
export const readDateAt = (text: string, at: number): { date: PrintedDate; end: number } | null => {
  SINGLE.lastIndex = at
  const match = SINGLE.exec(text)
  return match?.groups ? { date: dateOf(match.groups, ''), end: at + match[0].length } : null
}

export type WindowYearSource = 'printed' | 'fallback'

/**
 * Both ends as calendar days. A range printed with one year ("15/11 – 15/12/2021") takes it for
 * both ends (the year before for a start month after the end month: 15/12 – 15/01/2022); with
 * none, `fallbackYear` is used. Null when a day does not exist or no year is known.
 */
export const windowOfRange = (
  { from, to }: PrintedRange,
  fallbackYear: number | null,
): { start: CalendarDate; end: CalendarDate; yearFrom: WindowYearSource } | null => {
  const crossesNewYear = from.month > to.month
  const endYear =
    to.year ?? (from.year === null ? fallbackYear : from.year + (crossesNewYear ? 1 : 0))
  if (endYear === null) return null
  const startYear = from.year ?? endYear - (crossesNewYear ? 1 : 0)
  const start = calendarDateOf(startYear, from.month, from.day)
  const end = calendarDateOf(endYear, to.month, to.day)
  if (start === null || end === null) return null
  return { start, end, yearFrom: (from.year ?? to.year) === null ? 'fallback' : 'printed' }
}
