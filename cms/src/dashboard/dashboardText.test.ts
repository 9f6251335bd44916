import { describe, expect, it } from 'vitest'

import { DASHBOARD_TEXT, formatInstant } from './dashboardText'

const reminder = {
  seriesName: 'Tháng hành động',
  year: 2026,
  start: '2026-11-15',
  daysUntil: 45,
  fromId: 1,
}

describe('dashboard text', () => {
  it('writes an instant as dd/MM/yyyy HH:mm in the site’s zone', () => {
    expect(formatInstant('2025-11-25T01:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('25/11/2025 08:00')
    expect(formatInstant('2025-11-25T16:30:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('25/11/2025 23:30')
    expect(formatInstant('2025-11-25T17:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('26/11/2025 00:00')
  })

  it('counts down to a series’ usual start, then says since when it is late', () => {
    expect(DASHBOARD_TEXT.vi.reminder(reminder)).toBe(
      'Tháng hành động 2026 bắt đầu sau 45 ngày — chưa có bản nháp',
    )
    expect(DASHBOARD_TEXT.vi.reminder({ ...reminder, daysUntil: -17 })).toBe(
      'Tháng hành động 2026 đã bắt đầu từ 15/11/2026 — chưa có bản nháp',
    )
    expect(DASHBOARD_TEXT.en.reminder(reminder)).toBe(
      'Tháng hành động 2026 starts in 45 days — no draft yet',
    )
  })
})
