// The days an editor previews with one click, as instants in the site's zone: the day before the
// display window, the campaign's first day (00:00), its last day (23:59) and the day after it.
import type { CalendarDate, DateWindow } from '@campaign/shared/schedule'
import { addDays, calendarDateIn, nextDayBoundary } from '@campaign/shared/schedule'

export type PreviewDayKey = 'before' | 'first' | 'last' | 'after'

export interface PreviewDay {
  key: PreviewDayKey
  day: CalendarDate
  at: Date
}

/** The instant `minutes` after the start of `day` in `timeZone` (zones without DST that day). */
export const instantOn = (day: CalendarDate, minutes: number, timeZone: string): Date => {
  const previous = addDays(day, -1)
  // An instant inside the previous local day, whatever the zone's offset (UTC−12 to UTC+14).
  const inside = ['12', '00', '23']
    .map((hour) => new Date(`${previous}T${hour}:00:00Z`))
    .find((instant) => calendarDateIn(instant, timeZone) === previous)
  if (!inside) throw new RangeError(`No instant of ${previous} found in ${timeZone}`)
  return new Date(nextDayBoundary(inside, timeZone).getTime() + minutes * 60_000)
}

export const previewDays = ({
  window,
  displayWindow,
  timeZone,
}: {
  window: DateWindow
  displayWindow: DateWindow
  timeZone: string
}): PreviewDay[] => {
  const day = (key: PreviewDayKey, date: CalendarDate, minutes: number): PreviewDay => ({
    key,
    day: date,
    at: instantOn(date, minutes, timeZone),
  })
  return [
    day('before', addDays(displayWindow.start, -1), 12 * 60),
    day('first', window.start, 0),
    day('last', window.end, 23 * 60 + 59),
    day('after', addDays(window.end, 1), 0),
  ]
}

/** `at` on the wall clock of `timeZone` as an `<input type="datetime-local">` value. */
export const wallClockValue = (at: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** An `<input type="datetime-local">` value read on the wall clock of `timeZone`; null if invalid. */
export const fromWallClockValue = (value: string, timeZone: string): Date | null => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value)
  if (!match) return null
  const [, day = '', hours = '0', minutes = '0'] = match
  try {
    return instantOn(day, Number(hours) * 60 + Number(minutes), timeZone)
  } catch {
    return null
  }
}
