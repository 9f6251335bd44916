// Text shown to visitors, for vi and en, from one place: dates, date ranges, the phase line,
// file sizes and file types. Plain string work: calendar dates have no zone to convert.
import type { Locale } from './contract'
import type { CalendarDate, DateWindow, PhaseInfo } from './schedule'
import { isCalendarDate } from './schedule'

const MONTHS_EN = 'JanFebMarAprMayJunJulAugSepOctNovDec'

/** vi '15/11/2021' (dd/mm/yyyy, as official Vietnamese texts write it); en '15 Nov 2021'. */
export function formatDate(date: CalendarDate, locale: Locale): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${String(date)}`)
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)]
  return locale === 'vi'
    ? `${day}/${month}/${year}`
    : `${+day} ${MONTHS_EN.slice(+month * 3 - 3, +month * 3)} ${year}`
}

/** '15/11/2021 – 15/12/2021' (en dash); a one-day window shows its single date. */
export function formatWindow(window: DateWindow, locale: Locale): string {
  const start = formatDate(window.start, locale)
  return window.start === window.end ? start : `${start} – ${formatDate(window.end, locale)}`
}

const PHASE_TEXT = {
  vi: {
    left: (n: number) => `Còn ${n} ngày`,
    lastDay: 'Hôm nay là ngày cuối',
    startsIn: (n: number) => `Bắt đầu sau ${n} ngày`,
    tomorrow: 'Bắt đầu ngày mai',
    ended: 'Đã kết thúc',
  },
  en: {
    left: (n: number) => (n === 1 ? '1 day left' : `${n} days left`),
    lastDay: 'Last day today',
    startsIn: (n: number) => `Starts in ${n} days`,
    tomorrow: 'Starts tomorrow',
    ended: 'Ended',
  },
}

/** The countdown line, e.g. 'Còn 5 ngày' / '5 days left', 'Bắt đầu ngày mai' / 'Starts tomorrow'. */
export function formatPhase(info: PhaseInfo, locale: Locale): string {
  const t = PHASE_TEXT[locale]
  if (info.phase === 'live') return info.daysLeft > 0 ? t.left(info.daysLeft) : t.lastDay
  // An upcoming edition starts at least tomorrow: 0 can only come from a stale payload.
  if (info.phase === 'upcoming')
    return info.daysUntilStart > 1 ? t.startsIn(info.daysUntilStart) : t.tomorrow
  return t.ended
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/**
 * '2,3 MB' (vi) / '2.3 MB' (en), '850 KB', '12 B'. Binary multiples (1 KB = 1024 B) labelled
 * KB/MB/GB, as file managers on Windows show them, so the figure matches what visitors see
 * after downloading. One decimal for MB and up below 10, whole numbers otherwise; no grouping.
 */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!(bytes >= 0) || !Number.isFinite(bytes)) throw new RangeError(`Not a byte count: ${bytes}`)
  let unit = 0
  let value = bytes
  // Move up while the rounded figure would read 1024 or more (1023.6 KB → 1.0 MB, not 1024 KB).
  while (unit < BYTE_UNITS.length - 1 && Math.round(value) >= 1024) {
    value /= 1024
    unit++
  }
  const decimals = unit >= 2 && Math.round(value * 10) < 100 ? 1 : 0
  const figure = value.toFixed(decimals)
  return `${locale === 'vi' ? figure.replace('.', ',') : figure} ${BYTE_UNITS[unit] ?? ''}`
}

// Only what the general rule below gets wrong: 'application/pdf' → 'PDF', 'image/png' → 'PNG' need
// no entry.
const FILE_TYPES: Record<string, string> = {
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.rar': 'RAR',
  'application/x-rar-compressed': 'RAR',
  'text/plain': 'TXT',
  'image/webp': 'WebP',
}

/**
 * A short label for a MIME type: 'PDF', 'DOCX', 'WebP'; otherwise the subtype upper-cased when it
 * is a short plain word ('text/csv' → 'CSV', 'image/svg+xml' → 'SVG'), else 'FILE'.
 */
export function formatFileType(mimeType: string): string {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase()
  // Own properties only: 'constructor' must not find Object.prototype's.
  if (Object.hasOwn(FILE_TYPES, essence)) return FILE_TYPES[essence] as string
  const subtype = /^[a-z]+\/(?:x-)?([a-z0-9]{1,5})(?:\+[a-z0-9.-]+)?$/.exec(essence)?.[1]
  return subtype ? subtype.toUpperCase() : 'FILE'
}
