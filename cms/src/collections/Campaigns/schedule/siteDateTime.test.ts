import { describe, expect, it } from 'vitest'

import { formatSiteDateTime, parseSiteDateTime } from './siteDateTime'

const HCM = 'Asia/Ho_Chi_Minh'

describe('a scheduled time read in the site’s zone', () => {
  it('reads 23:30 on 31/12 in Hồ Chí Minh City as 16:30 UTC the same day', () => {
    expect(parseSiteDateTime('31/12/2026 23:30', HCM)?.toISOString()).toBe(
      '2026-12-31T16:30:00.000Z',
    )
  })

  it('reads 00:05 on 01/01 as the evening before in UTC', () => {
    expect(parseSiteDateTime('01/01/2027 00:05', HCM)?.toISOString()).toBe(
      '2026-12-31T17:05:00.000Z',
    )
  })

  it('takes any minute, single-digit days and hours, and spaces around', () => {
    expect(parseSiteDateTime(' 5/3/2027 7:07 ', HCM)?.toISOString()).toBe(
      '2027-03-05T00:07:00.000Z',
    )
  })

  it('refuses what is not a day and a 24-hour time', () => {
    for (const text of [
      '',
      '31/12/2026',
      '2026-12-31 23:30',
      '31/12/2026 11:30 PM',
      '31/12/2026 24:00',
      '31/12/2026 23:60',
      '30/02/2027 08:00',
      '31/13/2026 08:00',
    ]) {
      expect(parseSiteDateTime(text, HCM), text).toBeNull()
    }
  })

  it('follows the zone’s clock changes: summer and winter in Paris', () => {
    expect(parseSiteDateTime('01/07/2026 12:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    )
    expect(parseSiteDateTime('01/12/2026 12:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-12-01T11:00:00.000Z',
    )
  })

  it('refuses a time the clock skips (02:30 on the spring-forward night in Paris)', () => {
    expect(parseSiteDateTime('29/03/2026 02:30', 'Europe/Paris')).toBeNull()
  })

  it('throws for an unknown zone', () => {
    expect(() => parseSiteDateTime('01/01/2027 08:00', 'Mars/Olympus')).toThrow(RangeError)
  })
})

describe('a scheduled time written in the site’s zone', () => {
  it('writes 16:30 UTC on 31/12 as 31/12/2026 23:30 in Hồ Chí Minh City', () => {
    expect(formatSiteDateTime(new Date('2026-12-31T16:30:00Z'), HCM)).toBe('31/12/2026 23:30')
  })

  it('reads back what it writes, for every minute of an hour', () => {
    for (let minute = 0; minute < 60; minute++) {
      const text = `02/12/2026 14:${String(minute).padStart(2, '0')}`
      const instant = parseSiteDateTime(text, HCM)
      expect(instant && formatSiteDateTime(instant, HCM)).toBe(text)
    }
  })
})
