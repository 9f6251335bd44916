// A scheduled publication's time as a Vietnamese office writes it, dd/MM/yyyy HH:mm on the 24-hour
// clock, read and written in the site's zone (not the browser's): the editor's "08:00" is 08:00
// where the portal's visitors are. Intl only, no date library.
import { formatInstant } from '../../../dashboard/dashboardText'

const PATTERN = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*$/

/** The wall-clock reading of `instant` in `timeZone`, as if that reading were UTC (ms). */
const wallMs = (instant: number, timeZone: string): number => {
  const parts: Record<string, number> = {}
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  for (const { type, value } of formatter.formatToParts(new Date(instant))) parts[type] = +value
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = parts
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/**
 * '31/12/2026 23:30' in `timeZone` → that instant; null when the text is not such a time, names
 * no real day, or the zone's clock skips it (a daylight-saving gap). Throws RangeError for an
 * unknown zone.
 */
export const parseSiteDateTime = (text: string, timeZone: string): Date | null => {
  const match = PATTERN.exec(text)
  if (!match) return null
  const [day, month, year, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  if (hour > 23 || minute > 59) return null
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(wall)
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null
  // The offset read at the guess, then at the first answer: right on both sides of a switch.
  const first = wall - (wallMs(wall, timeZone) - wall)
  for (const candidate of [first, wall - (wallMs(first, timeZone) - first)]) {
    if (wallMs(candidate, timeZone) === wall) return new Date(candidate)
  }
  return null
}

/** The instant as dd/MM/yyyy HH:mm in `timeZone`. */
export const formatSiteDateTime = (instant: Date | string, timeZone: string): string =>
  formatInstant(typeof instant === 'string' ? instant : instant.toISOString(), timeZone)
