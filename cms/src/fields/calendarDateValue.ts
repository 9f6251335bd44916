// Calendar dates (a day, no time) are stored the way Payload's day picker stores them:
// 12:00 UTC of that day, which reads as the same date in every zone from UTC−11 to UTC+11.
import type { CalendarDate } from '@campaign/shared/schedule'
import { isCalendarDate } from '@campaign/shared/schedule'

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Accepts `YYYY-MM-DD`, an ISO instant or a Date; returns the stored noon-UTC instant. */
export const toStoredCalendarDate = (value: unknown): string | null | undefined => {
  if (value === undefined || value === null || value === '') return value as null | undefined
  const day =
    typeof value === 'string' && CALENDAR_DATE.test(value)
      ? value
      : value instanceof Date || typeof value === 'string'
        ? isoDay(new Date(value))
        : null
  if (day === null || !isCalendarDate(day)) return String(value) // left for validation to reject
  return `${day}T12:00:00.000Z`
}

const isoDay = (date: Date): string | null =>
  Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)

/** The calendar day of a stored value, or null when there is none. */
export const toCalendarDate = (stored: unknown): CalendarDate | null => {
  if (stored === undefined || stored === null || stored === '') return null
  const normalized = toStoredCalendarDate(stored)
  const day = typeof normalized === 'string' ? normalized.slice(0, 10) : null
  return day !== null && isCalendarDate(day) ? day : null
}
