import { describe, expect, it } from 'vitest'

import {
  issuerInitials,
  normalizedNumber,
  numberMatchKey,
  withRestoredHyphen,
} from './documentNumbers'

describe('document numbers as pasted', () => {
  it('replaces Cyrillic, Greek and Icelandic look-alikes of the Latin letters and Đ', () => {
    expect(normalizedNumber('3120/\u041a\u041d-UBND')).toBe('3120/KH-UBND') // Cyrillic К Н
    expect(normalizedNumber('12/\u039a\u0397-UBND')).toBe('12/KH-UBND') // Greek Κ Η
    expect(normalizedNumber('1453/Q\u00d0-UBND')).toBe('1453/QĐ-UBND')
  })

  it('matches printings that differ only in hyphens, spaces, case and dashes', () => {
    const key = numberMatchKey('2768/SLĐTBXH-BTXHTEBĐG')
    expect(numberMatchKey('2768/SLĐTBXHBTXHTEBĐG')).toBe(key)
    expect(numberMatchKey('2768 / SL\u00d0TBXH\u2013BTXHTEB\u00d0G')).toBe(key)
    expect(numberMatchKey('2768/slđtbxh-btxhtebđg')).toBe(key)
    expect(numberMatchKey('2769/SLĐTBXH-BTXHTEBĐG')).not.toBe(key)
  })

  it.each([
    ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    ['Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa', 'SLĐTBXH'],
    ['Bộ Lao động - Thương binh và Xã hội', 'BLĐTBXH'],
    ['Sở Khoa học và Công nghệ', 'SKHCN'],
    ['UBND tỉnh Khánh Hòa', 'UBND'],
  ])('the initials of %s are %s', (issuer, initials) => {
    expect(issuerInitials(issuer)).toBe(initials)
  })

  it('puts back the hyphen lost after the issuer’s initials', () => {
    expect(withRestoredHyphen('2768/SLĐTBXHBTXHTEBĐG', 'Sở Lao động - Thương binh và Xã hội')).toBe(
      '2768/SLĐTBXH-BTXHTEBĐG',
    )
  })

  it('leaves a number alone when nothing is missing or the initials do not lead it', () => {
    const issuer = 'Sở Lao động - Thương binh và Xã hội'
    expect(withRestoredHyphen('2768/SLĐTBXH-BTXHTEBĐG', issuer)).toBeNull()
    expect(withRestoredHyphen('10909/KHUBND', 'UBND tỉnh Khánh Hòa')).toBeNull()
    expect(withRestoredHyphen('12/SLĐTBXH', issuer)).toBeNull()
    expect(withRestoredHyphen('2768/SLĐTBXHBTXH', null)).toBeNull()
  })
})
