import { describe, expect, it } from 'vitest'

import { seriesReminders } from './seriesReminders'

const month = (year: number, id = year) => ({
  id,
  seriesName: 'Tháng hành động vì bình đẳng giới',
  year,
  start: `${year}-11-15`,
  end: `${year}-12-15`,
})

describe('seriesReminders', () => {
  it('reminds from 60 days before the usual start, counting down', () => {
    expect(seriesReminders([month(2025)], '2026-09-16')).toMatchObject([
      { year: 2026, start: '2026-11-15', daysUntil: 60, fromId: 2025 },
    ])
    expect(seriesReminders([month(2025)], '2026-09-15')).toEqual([])
  })

  it('keeps reminding once the usual start has passed, until the usual end', () => {
    expect(seriesReminders([month(2025)], '2026-12-02')).toMatchObject([
      { year: 2026, daysUntil: -17 },
    ])
    expect(seriesReminders([month(2025)], '2026-12-15')).toMatchObject([{ daysUntil: -30 }])
    // After the usual end, a series with no edition that year is taken as ended or renamed.
    expect(seriesReminders([month(2025)], '2026-12-16')).toEqual([])
    expect(seriesReminders([month(2025)], '2027-10-01')).toEqual([])
  })

  it('starts from the latest edition of each series, whatever the spelling of its name', () => {
    const renamed = { ...month(2026), seriesName: ' tháng hành động vì bình đẳng giới ' }
    expect(seriesReminders([month(2025), renamed], '2026-10-01')).toEqual([])
  })

  it('shifts 29 February to 28 February in a common year', () => {
    const leap = {
      id: 1,
      seriesName: 'Ngày 29/2',
      year: 2024,
      start: '2024-02-29',
      end: '2024-03-05',
    }
    expect(seriesReminders([leap], '2025-01-29')).toMatchObject([
      { year: 2025, start: '2025-02-28', daysUntil: 30 },
    ])
  })
})
