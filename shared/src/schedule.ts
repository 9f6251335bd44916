// Schedule rules: which calendar day it is in a campaign's IANA time zone, and what that means for
// an edition (upcoming, live, ended). Everything goes through Intl with an explicit zone, never the
// host's zone, so a server in UTC, a browser in Hanoi and a browser in Paris agree on the phase.

/** A calendar day, 'YYYY-MM-DD', with no time and no zone. */
export type CalendarDate = string

/** Calendar days, inclusive at both ends. */
export interface DateWindow {
  start: CalendarDate
  end: CalendarDate
}

export type Phase = 'upcoming' | 'live' | 'ended'

/**
 * `daysUntilStart`: start − today while upcoming (≥ 1), else 0.
 * `daysLeft`: end − today while live (0 on the last day), else 0.
 */
export interface PhaseInfo {
  phase: Phase
  daysUntilStart: number
  daysLeft: number
}

const DAY_MS = 86_400_000

// The UTC midnight that starts a calendar date, in ms; NaN for anything else. A real day prints
// back as itself: '2021-02-30' parses to 2 March (or to nothing), so it does not. The same set as
// CALENDAR_DATE in patterns.ts (which JSON Schema needs), without its long regex: tested.
function dayMs(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return NaN
  const t = Date.parse(value + 'T00:00Z')
  return !isNaN(t) && new Date(t).toISOString().startsWith(value) ? t : NaN
}

/** True for a real date in 'YYYY-MM-DD' form (2024-02-29 yes, 2021-02-29 no). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return !isNaN(dayMs(value))
}

// A wall-clock reading as if it were UTC, in ms. setUTCFullYear rather than Date.UTC because
// Date.UTC maps years 0–99 to 1900–1999.
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const t = new Date(0)
  t.setUTCFullYear(year, month - 1, day)
  return t.setUTCHours(hour, minute, second)
}

function dayStartMs(date: CalendarDate): number {
  const t = dayMs(date)
  if (isNaN(t)) throw new RangeError(`Not a calendar date: ${String(date)}`)
  return t
}

function dateOfMs(ms: number): CalendarDate {
  const iso = new Date(ms).toISOString() // a RangeError for NaN
  // Years outside 0000–9999 print as ±YYYYYY-…, which is no calendar date.
  if (iso.length > 24) throw new RangeError('Calendar date out of range (years 0000–9999)')
  return iso.slice(0, 10)
}

/** Whole calendar days from `from` to `to` (to − from); negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (dayStartMs(to) - dayStartMs(from)) / DAY_MS
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`)
  return dateOfMs(dayStartMs(date) + days * DAY_MS)
}

// One formatter per zone: constructing Intl.DateTimeFormat is the expensive part.
const formatters = new Map<string, Intl.DateTimeFormat>()

// The wall clock in `timeZone` at `instant`, read as if it were UTC (ms); minus the instant it
// gives the zone's offset there.
function wallMs(instant: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    const n = 'numeric'
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23', // 'hour12: false' can print midnight as 24
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n,
    })
    formatters.set(timeZone, formatter)
  }
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  for (const { type, value } of formatter.formatToParts(instant)) p[type] = +value
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = p
  const t = instant.getTime()
  return utcMs(year, month, day, hour, minute, second) + (((t % 1000) + 1000) % 1000)
}

/** The calendar date at `instant` in the IANA zone `timeZone`. Throws RangeError for an unknown zone. */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  return dateOfMs(wallMs(instant, timeZone))
}

/**
 * The first instant after `at` that belongs to the next local calendar day in `timeZone`: local
 * midnight, or the switch instant where a DST change skips midnight (00:00 → 01:00), or the start
 * of the day after when a zone skipped a whole day (Pacific/Kiritimati, 31/12/1994).
 */
export function nextDayBoundary(at: Date, timeZone: string): Date {
  const today = calendarDateIn(at, timeZone)
  const midnight = dayStartMs(today) + DAY_MS // tomorrow 00:00 on the wall clock, read as UTC
  // Candidate = that midnight minus the zone's offset, the offset read first at `at`, then at the
  // previous candidate: this picks up the offsets on both sides of a switch near midnight.
  // Exactly one instant is the boundary: not today, while its previous millisecond is.
  const candidates: number[] = []
  let t = at.getTime()
  for (let i = 0; i < 3; i++) candidates.push((t = midnight - (wallMs(new Date(t), timeZone) - t)))
  const isBoundary = (c: number) =>
    c > at.getTime() &&
    calendarDateIn(new Date(c - 1), timeZone) === today &&
    calendarDateIn(new Date(c), timeZone) !== today
  const found = candidates.find(isBoundary)
  if (found !== undefined) return new Date(found)
  // Rare: a switch jumps over midnight from another hour (America/Toronto, 30/3/1919 23:30 →
  // 00:30). Bisect: local dates only move forward, and two days on are surely another day.
  let lo = at.getTime()
  let hi = lo + 2 * DAY_MS
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (calendarDateIn(new Date(mid), timeZone) === today) lo = mid
    else hi = mid
  }
  return new Date(hi)
}

/** Is `date` within the window (both ends inclusive)? */
export function isInWindow(window: DateWindow, date: CalendarDate): boolean {
  // 'YYYY-MM-DD' strings sort like the dates they name.
  return window.start <= date && date <= window.end
}

/** The phase of an edition at the instant `at`, by the calendar date in its `timeZone`. */
export function phaseAt({
  window,
  timeZone,
  at,
}: {
  window: DateWindow
  timeZone: string
  at: Date
}): PhaseInfo {
  const today = calendarDateIn(at, timeZone)
  const untilStart = daysBetween(today, window.start)
  const left = daysBetween(today, window.end)
  if (untilStart > 0) return { phase: 'upcoming', daysUntilStart: untilStart, daysLeft: 0 }
  if (left < 0) return { phase: 'ended', daysUntilStart: 0, daysLeft: 0 }
  return { phase: 'live', daysUntilStart: 0, daysLeft: left }
}

/**
 * What a site shows at `at`, each edition judged in its own zone:
 * 1. a live edition (today within `window`), even if its `displayWindow` does not contain today,
 *    because the display window is meant to surround the campaign window, not cut it short;
 *    the latest start wins, then the later end, then the first in input order;
 * 2. else an upcoming edition whose display window contains today, the nearest start first;
 * 3. else an ended edition whose display window still contains today, the latest end first;
 * 4. else null. Remaining ties keep the first in input order.
 */
export function selectEdition<
  T extends { window: DateWindow; displayWindow: DateWindow; timeZone: string },
>(editions: readonly T[], at: Date): T | null {
  let best: T | null = null
  let bestRank: number[] = []
  for (const edition of editions) {
    const today = calendarDateIn(at, edition.timeZone)
    const { start, end } = edition.window
    const shown = isInWindow(edition.displayWindow, today)
    // Ranks compare left to right, larger wins: [tier, …tie-breakers as day numbers].
    const rank = isInWindow(edition.window, today)
      ? [3, dayStartMs(start), dayStartMs(end)]
      : shown && today < start
        ? [2, -dayStartMs(start)]
        : shown
          ? [1, dayStartMs(end)]
          : null
    if (rank && isGreater(rank, bestRank)) {
      best = edition
      bestRank = rank
    }
  }
  return best
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? -Infinity
    const y = b[i] ?? -Infinity
    if (x !== y) return x > y
  }
  return false
}
