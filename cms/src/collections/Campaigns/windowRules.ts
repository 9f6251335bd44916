// Cross-field date rules of an edition, shown on the field they concern.
import { formatDate } from '@campaign/shared/format'
import { addDays } from '@campaign/shared/schedule'
import type { PayloadRequest } from 'payload'

import type { CalendarDateRule } from '../../fields/calendarDate'
import { toCalendarDate } from '../../fields/calendarDateValue'
import { messageLanguage, translate } from '../../i18n/messages'

const shown = (day: string, req: PayloadRequest): string => formatDate(day, messageLanguage(req))

/** Launch events come weeks before a campaign and local events weeks after; more is a typo. */
export const DISPLAY_MARGIN_DAYS = 90

const windowOf = (data: Record<string, unknown>, name: 'campaignWindow' | 'displayWindow') => {
  const group = (data[name] ?? {}) as { start?: unknown; end?: unknown }
  return { start: toCalendarDate(group.start), end: toCalendarDate(group.end) }
}

const campaignWindowOf = (data: Record<string, unknown>) => windowOf(data, 'campaignWindow')

export const endNotBeforeStart: CalendarDateRule = (end, { data, req }) => {
  const { start } = campaignWindowOf(data)
  return start === null || end >= start
    ? true
    : translate(req, 'endBeforeStart', { start: shown(start, req), end: shown(end, req) })
}

export const displayStartInRange: CalendarDateRule = (day, { data, req }) => {
  const { start, end } = campaignWindowOf(data)
  if (start !== null && day < addDays(start, -DISPLAY_MARGIN_DAYS)) {
    return translate(req, 'displayStartTooEarly', {
      date: shown(day, req),
      days: DISPLAY_MARGIN_DAYS,
    })
  }
  if (end !== null && day > end) {
    return translate(req, 'displayStartAfterEnd', { date: shown(day, req), end: shown(end, req) })
  }
  return true
}

export const displayEndInRange: CalendarDateRule = (day, { data, req }) => {
  const { start, end } = campaignWindowOf(data)
  if (end !== null && day > addDays(end, DISPLAY_MARGIN_DAYS)) {
    return translate(req, 'displayEndTooLate', { date: shown(day, req), days: DISPLAY_MARGIN_DAYS })
  }
  if (start !== null && day < start) {
    return translate(req, 'displayEndBeforeStart', {
      date: shown(day, req),
      start: shown(start, req),
    })
  }
  const displayStart = windowOf(data, 'displayWindow').start
  if (displayStart !== null && day < displayStart) {
    return translate(req, 'displayEndBeforeDisplayStart', {
      date: shown(day, req),
      start: shown(displayStart, req),
    })
  }
  return true
}

/** The edition's year is the year its campaign window starts in. */
export const yearMatchesWindow = (
  year: unknown,
  data: Record<string, unknown>,
): { startYear: number } | true => {
  const { start } = campaignWindowOf(data)
  if (start === null || typeof year !== 'number') return true
  const startYear = Number(start.slice(0, 4))
  return startYear === year ? true : { startYear }
}
