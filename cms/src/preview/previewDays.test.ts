import { describe, expect, it } from 'vitest'

import { fromWallClockValue, instantOn, wallClockValue } from './previewDays'

describe('instants on a day in a zone', () => {
  it("is the day's wall clock in the zone, whatever the offset", () => {
    expect(instantOn('2025-12-15', 23 * 60 + 59, 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2025-12-15T16:59:00.000Z',
    )
    expect(instantOn('2025-12-15', 0, 'Pacific/Kiritimati').toISOString()).toBe(
      '2025-12-14T10:00:00.000Z',
    )
    expect(instantOn('2025-12-15', 0, 'Pacific/Pago_Pago').toISOString()).toBe(
      '2025-12-15T11:00:00.000Z',
    )
  })

  it('reads and writes the date-and-time input on the portal’s clock', () => {
    const at = fromWallClockValue('2025-11-15T08:30', 'Asia/Ho_Chi_Minh')
    expect(at?.toISOString()).toBe('2025-11-15T01:30:00.000Z')
    expect(at && wallClockValue(at, 'Asia/Ho_Chi_Minh')).toBe('2025-11-15T08:30')
    expect(fromWallClockValue('', 'Asia/Ho_Chi_Minh')).toBeNull()
    expect(fromWallClockValue('2025-13-45T08:30', 'Asia/Ho_Chi_Minh')).toBeNull()
  })
})
