import { describe, expect, it } from 'vitest'

import { withoutDates } from './bannerAltText'

describe('withoutDates', () => {
  it.each([
    ['Tháng hành động vì bình đẳng giới năm 2025', 'Tháng hành động vì bình đẳng giới'],
    ['Tháng hành động 2025 (15/11 – 15/12/2025)', 'Tháng hành động'],
    ['Chấm dứt bạo lực (15/11/2025 – 15/12/2025), năm 2025', 'Chấm dứt bạo lực'],
    ['Hưởng ứng từ ngày 15/11 đến ngày 15/12', 'Hưởng ứng'],
    ['Month of Action 2025 – from 15.11 to 15.12', 'Month of Action'],
    ['Ngày 25-11: quốc tế xóa bỏ bạo lực', 'quốc tế xóa bỏ bạo lực'],
  ])('%j → %j', (text, expected) => {
    expect(withoutDates(text)).toBe(expected)
  })

  it('keeps numbers that are not dates: document numbers, Covid-19, counts', () => {
    expect(withoutDates('Covid-19, Kế hoạch 10909/KH-UBND, 2768 người')).toBe(
      'Covid-19, Kế hoạch 10909/KH-UBND, 2768 người',
    )
  })
})
