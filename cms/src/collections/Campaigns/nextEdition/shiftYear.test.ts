import { describe, expect, it } from 'vitest'

import { shiftYear, titleForYear } from './shiftYear'

describe('shiftYear', () => {
  it.each([
    ['2025-11-15', '2026-11-15'],
    ['2028-02-29', '2029-02-28'],
    ['2027-02-28', '2028-02-28'],
    ['2025-12-31', '2026-12-31'],
    ['2026-01-01', '2027-01-01'],
  ])('%s → %s', (from, to) => {
    expect(shiftYear(from as never)).toBe(to)
  })
})

describe('titleForYear', () => {
  it.each([
    ['Tháng hành động vì bình đẳng giới năm 2025', 'Tháng hành động vì bình đẳng giới năm 2026'],
    ['2025: Tháng hành động', '2026: Tháng hành động'],
    ['Tháng hành động', 'Tháng hành động 2026'],
    ['Kế hoạch 12025 năm 2025', 'Kế hoạch 12025 năm 2026'],
  ])('%s → %s', (from, to) => {
    expect(titleForYear(from, 2025, 2026)).toBe(to)
  })
})
