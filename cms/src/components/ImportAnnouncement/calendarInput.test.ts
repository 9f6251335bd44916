import { describe, expect, it } from 'vitest'

import { isoDay, shownDay } from './calendarInput'

describe('days in the import dialog', () => {
  it('are shown as dd/MM/yyyy', () => {
    expect(shownDay('2021-11-15')).toBe('15/11/2021')
    expect(shownDay(null)).toBe('')
  })

  it('are sent as YYYY-MM-DD however the editor typed the numbers', () => {
    expect(isoDay('15/11/2021')).toBe('2021-11-15')
    expect(isoDay(' 5-1-2022 ')).toBe('2022-01-05')
    expect(isoDay(shownDay('2021-12-15'))).toBe('2021-12-15')
  })

  it('leave other text as typed, for the server to refuse', () => {
    expect(isoDay('mười lăm tháng mười một')).toBe('mười lăm tháng mười một')
  })
})
