import { describe, expect, it } from 'vitest'

import { findDateRange, windowOfRange } from './dates'

const windowOf = (text: string, fallbackYear: number | null = null) => {
  const range = findDateRange({ text, start: 0 })
  return range ? windowOfRange(range, fallbackYear) : null
}

describe('reading a campaign window', () => {
  it.each([
    ['Từ ngày 15/11/2021 đến ngày 15/12/2021.', '2021-11-15', '2021-12-15'],
    ['từ 15/11 – 15/12/2021', '2021-11-15', '2021-12-15'],
    ['15/11-15/12/2021', '2021-11-15', '2021-12-15'],
    ['TỪ NGÀY 15/11/2021 ĐẾN NGÀY 15/12/2021', '2021-11-15', '2021-12-15'],
    ['từ ngày 01/6/2023 đến hết ngày 30/6/2023', '2023-06-01', '2023-06-30'],
    ['Từ ngày 15 tháng 11 đến ngày 15 tháng 12 năm 2023', '2023-11-15', '2023-12-15'],
    ['từ 15-11-2022 đến 15-12-2022', '2022-11-15', '2022-12-15'],
    ['từ 15.11.2022 tới 15.12.2022', '2022-11-15', '2022-12-15'],
  ])('%s', (text, start, end) => {
    expect(windowOf(text)).toMatchObject({ start, end, yearFrom: 'printed' })
  })

  it('gives a range that crosses the new year its start in the year before', () => {
    expect(windowOf('từ ngày 20/12 đến ngày 10/01/2025')).toMatchObject({
      start: '2024-12-20',
      end: '2025-01-10',
    })
  })

  it('takes a year from elsewhere only when the range prints none', () => {
    expect(windowOf('Từ ngày 15/11 đến ngày 15/12', 2025)).toEqual({
      start: '2025-11-15',
      end: '2025-12-15',
      yearFrom: 'fallback',
    })
    expect(windowOf('Từ ngày 15/11 đến ngày 15/12')).toBeNull()
  })

  it('refuses days that do not exist', () => {
    expect(windowOf('từ 31/11/2021 đến 15/12/2021')).toBeNull()
    expect(windowOf('từ 29/02/2021 đến 15/03/2021')).toBeNull()
    expect(windowOf('từ 29/02/2024 đến 15/03/2024')).toMatchObject({ start: '2024-02-29' })
  })

  it('does not take a document number or a single date for a range', () => {
    expect(
      findDateRange({ text: 'Kế hoạch số 10909/KH-UBND ngày 01/11/2021', start: 0 }),
    ).toBeNull()
    expect(findDateRange({ text: 'Covid-19 - 2021', start: 0 })).toBeNull()
  })

  it('points at the range as printed', () => {
    const text = 'Thời gian: từ 15/11 – 15/12/2021.'
    const range = findDateRange({ text, start: 100 })
    expect(range?.piece).toEqual({ text: 'từ 15/11 – 15/12/2021', start: 111 })
  })
})
