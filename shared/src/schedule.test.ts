import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CALENDAR_DATE } from './patterns'
import type { DateWindow, Phase } from './schedule'
import {
  addDays,
  calendarDateIn,
  daysBetween,
  isCalendarDate,
  isInWindow,
  nextDayBoundary,
  phaseAt,
  selectEdition,
} from './schedule'

const HCM = 'Asia/Ho_Chi_Minh'
const MONTH_2021: DateWindow = { start: '2021-11-15', end: '2021-12-15' }
const at = (iso: string) => new Date(iso)
const phaseIn = (window: DateWindow, iso: string, timeZone = HCM) =>
  phaseAt({ window, timeZone, at: at(iso) })

// No @types/node here: reach process.env through globalThis.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env

describe('isCalendarDate', () => {
  it.each(['2021-11-15', '2024-02-29', '2000-02-29', '1900-02-28', '0000-02-29', '9999-12-31'])(
    'accepts %s',
    (s) => expect(isCalendarDate(s)).toBe(true),
  )

  it.each([
    '2021-02-29',
    '1900-02-29',
    '2100-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-11-00',
    '2021-1-15',
    '21-11-15',
    '2021-11-15T00:00:00Z',
    ' 2021-11-15',
    '15/11/2021',
    '',
  ])('rejects %s', (s) => expect(isCalendarDate(s)).toBe(false))

  it('rejects what is not a string', () => {
    for (const v of [null, undefined, 20211115, new Date(), ['2021-11-15']])
      expect(isCalendarDate(v)).toBe(false)
  })

  it('agrees with the proleptic Gregorian calendar for any year, month and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const t = new Date(0)
          t.setUTCFullYear(y, m - 1, d)
          const real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          expect(isCalendarDate(s)).toBe(real)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('accepts exactly what CALENDAR_DATE (the JSON Schema pattern) accepts', () => {
    const pattern = new RegExp(CALENDAR_DATE, 'u')
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
    const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`)
    // Near misses: a run of up to 4 characters replaced with up to 2 others.
    const nearMiss = fc
      .tuple(dateLike, fc.string({ maxLength: 2 }), fc.nat(12), fc.nat(4))
      .map(([s, extra, i, n]) => s.slice(0, i) + extra + s.slice(i + n))
    fc.assert(
      fc.property(fc.oneof(dateLike, nearMiss, fc.string()), (s) => {
        expect(isCalendarDate(s)).toBe(pattern.test(s))
      }),
      { numRuns: 20000 },
    )
    for (let y = 0; y <= 9999; y += 1) {
      const s = `${String(y).padStart(4, '0')}-02-29`
      expect(isCalendarDate(s), s).toBe(pattern.test(s))
    }
  })
})

describe('daysBetween and addDays', () => {
  it.each([
    ['2021-11-15', '2021-12-15', 30],
    ['2021-12-15', '2021-11-15', -30],
    ['2021-12-31', '2022-01-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2021-11-15', '2021-11-15', 0],
  ])('%s → %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days)
    expect(addDays(from, days)).toBe(to)
  })

  it('do not depend on DST in the host zone (whole UTC days)', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2) // Europe's spring switch in between
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28')
  })

  it('throw on invalid input', () => {
    expect(() => daysBetween('2021-02-29', '2021-03-01')).toThrow(RangeError)
    expect(() => addDays('15/11/2021', 1)).toThrow(RangeError)
    expect(() => addDays('2021-11-15', 1.5)).toThrow(RangeError)
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError)
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError)
  })

  it('addDays then daysBetween round-trips', () => {
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const later = addDays(d, n)
        expect(isCalendarDate(later)).toBe(true)
        expect(daysBetween(d, later)).toBe(n)
      }),
    )
  })
})

describe('isInWindow', () => {
  it('includes both ends', () => {
    expect(isInWindow(MONTH_2021, '2021-11-14')).toBe(false)
    expect(isInWindow(MONTH_2021, '2021-11-15')).toBe(true)
    expect(isInWindow(MONTH_2021, '2021-12-01')).toBe(true)
    expect(isInWindow(MONTH_2021, '2021-12-15')).toBe(true)
    expect(isInWindow(MONTH_2021, '2021-12-16')).toBe(false)
    expect(isInWindow({ start: '2021-11-25', end: '2021-11-25' }, '2021-11-25')).toBe(true)
  })
})

describe('calendarDateIn', () => {
  it('throws on an unknown zone or an invalid instant', () => {
    expect(() => calendarDateIn(at('2021-11-15T00:00:00Z'), 'Asia/Nowhere')).toThrow(RangeError)
    expect(() => calendarDateIn(new Date(NaN), HCM)).toThrow(RangeError)
  })

  it('reads the date in the zone, not in UTC', () => {
    expect(calendarDateIn(at('2021-11-15T05:00:00Z'), 'America/New_York')).toBe('2021-11-15')
    expect(calendarDateIn(at('2021-11-15T04:59:59.999Z'), 'America/New_York')).toBe('2021-11-14')
    expect(calendarDateIn(at('2021-11-14T13:59:59.999Z'), 'Pacific/Kiritimati')).toBe('2021-11-15')
  })
})

// The same expectations whatever the host's zone: a browser in Los Angeles or Kiritimati must show
// the Vietnamese campaign's phase as Vietnam sees it.
const HOST_ZONES = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Asia/Ho_Chi_Minh': -420,
  'Pacific/Kiritimati': -840,
  'Europe/Berlin': -60,
}

describe.each(Object.entries(HOST_ZONES))('with the host in %s', (hostZone, offset) => {
  let saved: string | undefined
  beforeEach(() => {
    saved = env.TZ
    env.TZ = hostZone
  })
  afterEach(() => {
    if (saved === undefined) delete env.TZ
    else env.TZ = saved
  })

  it('the host zone is really in effect (so the tests below can tell)', () => {
    expect(new Date('2021-01-01T00:00:00Z').getTimezoneOffset()).toBe(offset)
  })

  it.each([
    // [instant, date in Hanoi]
    ['2021-11-14T16:59:59.999Z', '2021-11-14'],
    ['2021-11-14T17:00:00.000Z', '2021-11-15'],
    ['2021-11-14T23:00:00.000Z', '2021-11-15'], // still the 14th in UTC
    ['2021-12-15T20:00:00.000Z', '2021-12-16'], // still the 15th in UTC
    ['2021-12-31T16:59:59.999Z', '2021-12-31'],
    ['2021-12-31T17:00:00.000Z', '2022-01-01'],
    ['2024-02-28T17:00:00.000Z', '2024-02-29'],
    ['2024-02-29T17:00:00.000Z', '2024-03-01'],
  ])('calendarDateIn(%s) in Hanoi is %s', (iso, date) => {
    expect(calendarDateIn(at(iso), HCM)).toBe(date)
  })

  it.each([
    ['2021-11-14T16:59:59.999Z', 'upcoming', 1, 0], // 14/11 23:59:59.999 in Hanoi
    ['2021-11-14T17:00:00.000Z', 'live', 0, 30], // 15/11 00:00
    ['2021-11-15T00:00:00.000Z', 'live', 0, 30], // 15/11 07:00
    ['2021-12-14T17:00:00.000Z', 'live', 0, 0], // 15/12 00:00, last day
    ['2021-12-15T16:59:59.999Z', 'live', 0, 0], // 15/12 23:59:59.999
    ['2021-12-15T17:00:00.000Z', 'ended', 0, 0], // 16/12 00:00
    ['2021-12-15T20:00:00.000Z', 'ended', 0, 0], // 16/12 03:00, still 15/12 in UTC
    ['2021-11-05T03:00:00.000Z', 'upcoming', 10, 0],
  ] as const)('%s: %s, %d days until start, %d left', (iso, phase, daysUntilStart, daysLeft) => {
    expect(phaseIn(MONTH_2021, iso)).toEqual({ phase, daysUntilStart, daysLeft })
  })

  it('a one-day window (25/11) is live for exactly that local day', () => {
    const day = { start: '2021-11-25', end: '2021-11-25' }
    expect(phaseIn(day, '2021-11-24T16:59:59.999Z')).toEqual({
      phase: 'upcoming',
      daysUntilStart: 1,
      daysLeft: 0,
    })
    expect(phaseIn(day, '2021-11-24T17:00:00.000Z').phase).toBe('live')
    expect(phaseIn(day, '2021-11-25T16:59:59.999Z')).toEqual({
      phase: 'live',
      daysUntilStart: 0,
      daysLeft: 0,
    })
    expect(phaseIn(day, '2021-11-25T17:00:00.000Z').phase).toBe('ended')
  })

  it('a window over the new year counts across 31/12 → 1/1', () => {
    const newYear = { start: '2021-12-31', end: '2022-01-01' }
    expect(phaseIn(newYear, '2021-12-30T17:00:00.000Z').daysLeft).toBe(1)
    expect(phaseIn(newYear, '2021-12-31T17:00:00.000Z')).toEqual({
      phase: 'live',
      daysUntilStart: 0,
      daysLeft: 0,
    })
    expect(phaseIn(newYear, '2022-01-01T17:00:00.000Z').phase).toBe('ended')
  })

  it('a leap-day window is live on 29/02/2024 only', () => {
    const leapDay = { start: '2024-02-29', end: '2024-02-29' }
    expect(phaseIn(leapDay, '2024-02-28T16:59:59.999Z').phase).toBe('upcoming')
    expect(phaseIn(leapDay, '2024-02-28T17:00:00.000Z').phase).toBe('live')
    expect(phaseIn(leapDay, '2024-02-29T17:00:00.000Z').phase).toBe('ended')
    expect(phaseIn(MONTH_2021, '2024-02-29T12:00:00Z').phase).toBe('ended')
  })

  it('nextDayBoundary is the next midnight in Hanoi', () => {
    expect(nextDayBoundary(at('2021-12-15T10:00:00Z'), HCM)).toEqual(at('2021-12-15T17:00:00Z'))
    expect(nextDayBoundary(at('2021-12-15T16:59:59.999Z'), HCM)).toEqual(at('2021-12-15T17:00:00Z'))
  })
})

describe('phaseAt', () => {
  it('uses the window’s zone, not Hanoi’s, when given another', () => {
    expect(phaseIn(MONTH_2021, '2021-11-15T04:59:59.999Z', 'America/New_York').phase).toBe(
      'upcoming',
    )
    expect(phaseIn(MONTH_2021, '2021-11-15T05:00:00.000Z', 'America/New_York').phase).toBe('live')
  })

  it('never shows a reversed window as live', () => {
    const reversed = { start: '2021-12-15', end: '2021-11-15' }
    for (let d = 0; d < 50; d++) {
      const noon = new Date(Date.UTC(2021, 10, 10 + d, 5))
      expect(phaseAt({ window: reversed, timeZone: HCM, at: noon }).phase).not.toBe('live')
    }
  })
})

describe('nextDayBoundary', () => {
  it.each([
    // [zone, instant, boundary, why]
    [HCM, '2021-12-15T17:00:00.000Z', '2021-12-16T17:00:00.000Z', 'at midnight: the next one'],
    [HCM, '2021-12-31T12:00:00.000Z', '2021-12-31T17:00:00.000Z', '31/12 → 1/1'],
    ['UTC', '2024-02-28T23:59:59.999Z', '2024-02-29T00:00:00.000Z', 'leap day'],
    ['Europe/Berlin', '2024-03-30T12:00:00Z', '2024-03-30T23:00:00.000Z', 'before spring switch'],
    ['Europe/Berlin', '2024-03-31T12:00:00Z', '2024-03-31T22:00:00.000Z', '23-hour day'],
    ['Europe/Berlin', '2024-10-27T00:30:00Z', '2024-10-27T23:00:00.000Z', '25-hour day'],
    ['America/New_York', '2024-03-10T06:00:00Z', '2024-03-11T04:00:00.000Z', 'spring switch'],
    ['America/New_York', '2024-11-03T05:30:00Z', '2024-11-04T05:00:00.000Z', 'autumn switch'],
    // Chile springs forward at midnight: 00:00 never happens, the day starts at 01:00.
    ['America/Santiago', '2024-09-07T16:00:00Z', '2024-09-08T04:00:00.000Z', 'no midnight'],
    // Cuba falls back from 01:00 to 00:00: midnight happens twice, the first one counts.
    ['America/Havana', '2024-11-02T16:00:00Z', '2024-11-03T04:00:00.000Z', 'two midnights'],
    ['Australia/Lord_Howe', '2024-10-05T12:00:00Z', '2024-10-05T13:30:00.000Z', 'half-hour DST'],
    // Toronto jumped from 23:30 to 00:30 in 1919: no candidate offset hits it.
    ['America/Toronto', '1919-03-30T17:00:00Z', '1919-03-31T04:30:00.000Z', 'switch at 23:30'],
  ])('%s, %s → %s (%s)', (zone, iso, boundary) => {
    expect(nextDayBoundary(at(iso), zone).toISOString()).toBe(boundary)
  })

  it('finds an ordinary boundary from offsets, without searching', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
    try {
      for (const [zone, iso] of [
        [HCM, '2021-12-15T10:00:00.123Z'],
        ['Europe/Berlin', '2024-03-30T12:00:00.999Z'],
        ['America/Havana', '2024-11-02T16:00:00.500Z'],
      ] as const) {
        spy.mockClear()
        nextDayBoundary(at(iso), zone)
        expect(spy.mock.calls.length).toBeLessThanOrEqual(6)
      }
    } finally {
      spy.mockRestore()
    }
  })

  it('skips a day that a zone skipped (Kiritimati went from 30/12/1994 to 1/1/1995)', () => {
    const boundary = nextDayBoundary(at('1994-12-30T12:00:00Z'), 'Pacific/Kiritimati')
    expect(boundary.toISOString()).toBe('1994-12-31T10:00:00.000Z')
    expect(calendarDateIn(boundary, 'Pacific/Kiritimati')).toBe('1995-01-01')
  })

  const zones = fc.constantFrom(
    HCM,
    'UTC',
    'America/New_York',
    'Europe/Berlin',
    'Pacific/Kiritimati',
  )
  const instants = fc.date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })

  it('lands on the next calendar day, one millisecond after the last of today', () => {
    fc.assert(
      fc.property(instants, zones, (t, zone) => {
        const today = calendarDateIn(t, zone)
        const boundary = nextDayBoundary(t, zone)
        expect(boundary.getTime()).toBeGreaterThan(t.getTime())
        expect(calendarDateIn(boundary, zone)).toBe(addDays(today, 1))
        expect(calendarDateIn(new Date(boundary.getTime() - 1), zone)).toBe(today)
      }),
      { numRuns: 2000 },
    )
  })

  it('is the same for every instant of a day, in zones with odd switches too', () => {
    const oddZones = fc.constantFrom(
      'America/Santiago',
      'America/Havana',
      'Australia/Lord_Howe',
      'America/Toronto',
      'Asia/Beirut',
      'Europe/Berlin',
    )
    const wide = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(
        wide,
        oddZones,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (t, zone, f) => {
          const boundary = nextDayBoundary(t, zone)
          const today = calendarDateIn(t, zone)
          expect(calendarDateIn(new Date(boundary.getTime() - 1), zone)).toBe(today)
          expect(calendarDateIn(boundary, zone) > today).toBe(true)
          const later = new Date(t.getTime() + Math.floor(f * (boundary.getTime() - t.getTime())))
          expect(nextDayBoundary(later, zone)).toEqual(boundary)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('phaseAt, properties', () => {
  const ORDER: Record<Phase, number> = { upcoming: 0, live: 1, ended: 2 }
  const zones = fc.constantFrom(
    HCM,
    'UTC',
    'America/New_York',
    'Europe/Berlin',
    'Pacific/Kiritimati',
  )
  const instants = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2050-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  const windows = fc
    .tuple(
      fc.date({ min: new Date('2000-01-01'), max: new Date('2049-12-31'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 60 }),
    )
    .map(([d, length]): DateWindow => {
      const start = d.toISOString().slice(0, 10)
      return { start, end: addDays(start, length) }
    })

  it('moves only forward: upcoming → live → ended', () => {
    fc.assert(
      fc.property(windows, zones, instants, instants, (window, timeZone, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        const first = phaseAt({ window, timeZone, at: early }).phase
        const second = phaseAt({ window, timeZone, at: late }).phase
        expect(ORDER[first]).toBeLessThanOrEqual(ORDER[second])
      }),
    )
  })

  it('daysLeft drops by exactly one at each local midnight while live', () => {
    fc.assert(
      fc.property(
        instants,
        zones,
        fc.nat({ max: 40 }),
        fc.nat({ max: 40 }),
        (t, timeZone, since, left) => {
          const today = calendarDateIn(t, timeZone)
          const window = { start: addDays(today, -since), end: addDays(today, left) }
          const now = phaseAt({ window, timeZone, at: t })
          expect(now).toEqual({ phase: 'live', daysUntilStart: 0, daysLeft: left })
          const boundary = nextDayBoundary(t, timeZone)
          const before = phaseAt({ window, timeZone, at: new Date(boundary.getTime() - 1) })
          const after = phaseAt({ window, timeZone, at: boundary })
          expect(before).toEqual(now)
          expect(after).toEqual(
            left > 0
              ? { phase: 'live', daysUntilStart: 0, daysLeft: left - 1 }
              : { phase: 'ended', daysUntilStart: 0, daysLeft: 0 },
          )
        },
      ),
    )
  })

  it('counts are zero outside their phase and match the calendar inside it', () => {
    fc.assert(
      fc.property(windows, zones, instants, (window, timeZone, t) => {
        const today = calendarDateIn(t, timeZone)
        const info = phaseAt({ window, timeZone, at: t })
        expect(info.phase === 'live').toBe(isInWindow(window, today))
        expect(info.daysUntilStart).toBe(
          info.phase === 'upcoming' ? daysBetween(today, window.start) : 0,
        )
        expect(info.daysLeft).toBe(info.phase === 'live' ? daysBetween(today, window.end) : 0)
        if (info.phase === 'upcoming') expect(info.daysUntilStart).toBeGreaterThan(0)
      }),
    )
  })
})

interface Edition {
  name: string
  window: DateWindow
  displayWindow: DateWindow
  timeZone: string
}

const edition = (
  name: string,
  window: [string, string],
  displayWindow: [string, string],
  timeZone = HCM,
): Edition => ({
  name,
  window: { start: window[0], end: window[1] },
  displayWindow: { start: displayWindow[0], end: displayWindow[1] },
  timeZone,
})

describe('selectEdition', () => {
  const y2021 = edition('2021', ['2021-11-15', '2021-12-15'], ['2021-11-01', '2021-12-31'])
  const y2022 = edition('2022', ['2022-11-15', '2022-12-15'], ['2022-11-01', '2022-12-31'])
  const day25 = edition('25/11', ['2021-11-25', '2021-11-25'], ['2021-11-20', '2021-11-30'])
  const pick = (editions: Edition[], iso: string) => selectEdition(editions, at(iso))?.name ?? null

  it('returns null for no editions', () => {
    expect(selectEdition([], new Date())).toBeNull()
  })

  it('shows the live edition, and returns the object it was given', () => {
    expect(selectEdition([y2022, y2021], at('2021-11-20T03:00:00Z'))).toBe(y2021)
  })

  it('switches at midnight in Hanoi, from live to recently ended', () => {
    const last = edition('last', ['2021-11-15', '2021-12-15'], ['2021-11-15', '2021-12-15'])
    expect(pick([last], '2021-12-15T16:59:59.999Z')).toBe('last')
    expect(pick([last], '2021-12-15T17:00:00.000Z')).toBeNull()
    expect(pick([y2021], '2021-12-15T17:00:00.000Z')).toBe('2021') // display window runs to 31/12
  })

  it('among live editions, the latest start wins', () => {
    expect(pick([y2021, day25], '2021-11-25T03:00:00Z')).toBe('25/11')
    expect(pick([day25, y2021], '2021-11-25T03:00:00Z')).toBe('25/11')
  })

  it('on the same start, the later end wins, then the first given', () => {
    const short = edition('short', ['2021-11-15', '2021-11-30'], ['2021-11-01', '2021-12-31'])
    const twin = { ...y2021, name: 'twin' }
    expect(pick([short, y2021], '2021-11-20T03:00:00Z')).toBe('2021')
    expect(pick([y2021, twin], '2021-11-20T03:00:00Z')).toBe('2021')
    expect(pick([twin, y2021], '2021-11-20T03:00:00Z')).toBe('twin')
  })

  it('shows a live edition even when its display window does not contain today', () => {
    const narrow = edition('narrow', ['2021-11-15', '2021-12-15'], ['2021-11-01', '2021-11-10'])
    expect(pick([narrow], '2021-11-20T03:00:00Z')).toBe('narrow')
  })

  it('shows an upcoming edition once its display window has begun', () => {
    expect(pick([y2021], '2021-10-31T16:59:59.999Z')).toBeNull() // 31/10 in Hanoi
    expect(pick([y2021], '2021-10-31T17:00:00.000Z')).toBe('2021') // 1/11
  })

  it('prefers the nearest upcoming edition', () => {
    const soon = edition('soon', ['2021-11-10', '2021-11-12'], ['2021-11-01', '2021-11-12'])
    expect(pick([y2021, soon], '2021-11-05T03:00:00Z')).toBe('soon')
    expect(pick([soon, y2021], '2021-11-05T03:00:00Z')).toBe('soon')
  })

  it('prefers an upcoming edition to one that has ended', () => {
    const next = edition('next', ['2022-01-05', '2022-01-10'], ['2021-12-20', '2022-01-10'])
    expect(pick([y2021, next], '2021-12-25T03:00:00Z')).toBe('next')
  })

  it('among ended editions still on display, the most recently ended wins', () => {
    const early = edition('early', ['2021-11-15', '2021-11-20'], ['2021-11-01', '2021-12-31'])
    expect(pick([early, y2021], '2021-12-20T03:00:00Z')).toBe('2021')
    expect(pick([y2021, early], '2021-12-20T03:00:00Z')).toBe('2021')
  })

  it('shows nothing once every display window has closed', () => {
    expect(pick([y2021, y2022], '2022-01-01T03:00:00Z')).toBeNull()
    expect(pick([y2021, y2022], '2021-12-31T16:59:59.999Z')).toBe('2021')
  })

  it('judges each edition in its own zone', () => {
    const ny = edition(
      'ny',
      ['2021-11-15', '2021-12-15'],
      ['2021-11-15', '2021-12-15'],
      'America/New_York',
    )
    expect(pick([ny], '2021-11-15T04:59:59.999Z')).toBeNull()
    expect(pick([ny], '2021-11-15T05:00:00.000Z')).toBe('ny')
  })

  describe('properties', () => {
    const zone = fc.constantFrom(HCM, 'UTC', 'America/New_York', 'Pacific/Kiritimati')
    const base = new Date('2021-11-01T00:00:00Z')
    const day = (n: number) => addDays('2021-11-01', n)
    const arbitraryEdition = fc
      .record({
        start: fc.integer({ min: 0, max: 30 }),
        length: fc.integer({ min: 0, max: 10 }),
        before: fc.integer({ min: 0, max: 10 }),
        after: fc.integer({ min: 0, max: 10 }),
        timeZone: zone,
      })
      .map(({ start, length, before, after, timeZone }) =>
        edition(
          'random',
          [day(start), day(start + length)],
          [day(start - before), day(start + length + after)],
          timeZone,
        ),
      )
    const editions = fc.array(arbitraryEdition, { maxLength: 6 })
    const instant = fc
      .integer({ min: 0, max: 45 * 24 })
      .map((h) => new Date(base.getTime() + h * 3_600_000))
    const phaseOf = (e: Edition, t: Date) =>
      phaseAt({ window: e.window, timeZone: e.timeZone, at: t }).phase
    const today = (e: Edition, t: Date) => calendarDateIn(t, e.timeZone)

    it('returns a live edition whenever one exists, and none that starts earlier than another', () => {
      fc.assert(
        fc.property(editions, instant, (list, t) => {
          const chosen = selectEdition(list, t)
          const live = list.filter((e) => phaseOf(e, t) === 'live')
          if (live.length === 0) return
          expect(chosen).not.toBeNull()
          if (!chosen) return
          expect(phaseOf(chosen, t)).toBe('live')
          for (const other of live) {
            expect(other.window.start <= chosen.window.start).toBe(true)
            if (other.window.start === chosen.window.start)
              expect(other.window.end <= chosen.window.end).toBe(true)
          }
        }),
        { numRuns: 500 },
      )
    })

    it('returns one of its inputs, on display or live; null only when nothing qualifies', () => {
      fc.assert(
        fc.property(editions, instant, (list, t) => {
          const chosen = selectEdition(list, t)
          const shown = (e: Edition) =>
            phaseOf(e, t) === 'live' || isInWindow(e.displayWindow, today(e, t))
          if (chosen === null) expect(list.some(shown)).toBe(false)
          else {
            expect(list).toContain(chosen)
            expect(shown(chosen)).toBe(true)
          }
        }),
        { numRuns: 500 },
      )
    })

    it('without live editions, the nearest upcoming on display, else the latest ended', () => {
      fc.assert(
        fc.property(editions, instant, (list, t) => {
          if (list.some((e) => phaseOf(e, t) === 'live')) return
          const chosen = selectEdition(list, t)
          const onDisplay = list.filter((e) => isInWindow(e.displayWindow, today(e, t)))
          const upcoming = onDisplay.filter((e) => phaseOf(e, t) === 'upcoming')
          if (!chosen) return
          if (upcoming.length > 0) {
            expect(phaseOf(chosen, t)).toBe('upcoming')
            for (const e of upcoming) expect(chosen.window.start <= e.window.start).toBe(true)
          } else {
            expect(phaseOf(chosen, t)).toBe('ended')
            for (const e of onDisplay) expect(e.window.end <= chosen.window.end).toBe(true)
          }
        }),
        { numRuns: 500 },
      )
    })
  })
})
