import type { CalendarDate } from '@campaign/shared/schedule'

const pad = (value: number) => String(value).padStart(2, '0')

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export const shiftYear = (day: CalendarDate, years = 1): CalendarDate => {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  const target = year + years
  const lastOfMonth = new Date(Date.UTC(target, month, 0)).getUTCDate()
  return `${target}-${pad(month)}-${pad(Math.min(date, lastOfMonth))}` as CalendarDate
}

/** A title with its year moved on ("… năm 2025" → "… năm 2026"), or the year added. */
export const titleForYear = (title: string, from: number, to: number): string => {
  const year = new RegExp(`(^|\\D)${from}(?!\\d)`, 'g')
  return year.test(title) ? title.replace(year, `$1${to}`) : `${title} ${to}`.trim()
}
