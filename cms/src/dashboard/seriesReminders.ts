// "Tháng hành động 2026 bắt đầu sau 45 ngày — chưa có bản nháp": a series whose usual start is
// near (or has passed within its usual window) and has no edition of that year yet, in any state.
import type { CalendarDate } from '@campaign/shared/schedule'
import { daysBetween } from '@campaign/shared/schedule'

import { shiftYear } from '../collections/Campaigns/nextEdition/shiftYear'

export interface EditionSummary {
  id: number | string
  seriesName: string
  year: number
  start: CalendarDate
  end: CalendarDate
}

export interface Reminder {
  seriesName: string
  /** The year that has no edition yet. */
  year: number
  /** Its usual first day: the latest edition's, a year on. */
  start: CalendarDate
  /** Days from today to that first day; negative once it has passed. */
  daysUntil: number
  /** The latest edition, which "Tạo kỳ tiếp theo" starts from. */
  fromId: number | string
}

/** How far ahead the reminder appears. */
export const REMINDER_DAYS = 60

const seriesKey = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi')

export const seriesReminders = (editions: EditionSummary[], today: CalendarDate): Reminder[] => {
  const latest = new Map<string, EditionSummary>()
  for (const edition of editions) {
    const key = seriesKey(edition.seriesName)
    const known = latest.get(key)
    if (!known || edition.year > known.year) latest.set(key, edition)
  }
  const reminders: Reminder[] = []
  for (const edition of latest.values()) {
    // Only the year after the latest edition: once its usual window has passed the series is
    // taken as ended or renamed (real series change their names), not chased year after year.
    const start = shiftYear(edition.start)
    if (shiftYear(edition.end) < today) continue
    const daysUntil = daysBetween(today, start)
    if (daysUntil > REMINDER_DAYS) continue
    reminders.push({
      seriesName: edition.seriesName,
      year: edition.year + 1,
      start,
      daysUntil,
      fromId: edition.id,
    })
  }
  return reminders.sort((a, b) => a.daysUntil - b.daysUntil)
}
