import { describe, expect, it } from 'vitest'

import { fixture } from '../../seed/fixture'
import { followsNumberPattern, normalizeDocumentNumber } from './documentNumber'

const fixtureNumbers = fixture.editions.flatMap((edition) => edition.documents.map((d) => d.number))

describe('normalizeDocumentNumber', () => {
  it.each(fixtureNumbers)('leaves the published number %s as it is', (number) => {
    expect(normalizeDocumentNumber(number)).toBe(number)
  })

  it('replaces the look-alike Ð (U+00D0) with Đ (U+0110)', () => {
    const lookalike = '2768/SL\u00d0TBXH-BTXHTEB\u00d0G'
    expect(normalizeDocumentNumber(lookalike)).toBe('2768/SLĐTBXH-BTXHTEBĐG')
    expect(normalizeDocumentNumber(lookalike)).not.toContain('\u00d0')
  })

  it('composes decomposed Vietnamese letters (NFC)', () => {
    const decomposed = '42/2022/NĐ-CP'.normalize('NFD')
    expect(normalizeDocumentNumber(decomposed)).toBe('42/2022/NĐ-CP'.normalize('NFC'))
  })

  it('removes spaces around slashes and trims', () => {
    expect(normalizeDocumentNumber('  10909 / KH-UBND ')).toBe('10909/KH-UBND')
    expect(normalizeDocumentNumber('42 /2022/ NĐ-CP')).toBe('42/2022/NĐ-CP')
  })

  it('removes spaces around every separator and upper-cases the symbol', () => {
    expect(normalizeDocumentNumber('12 / kh - ubnd')).toBe('12/KH-UBND')
    expect(normalizeDocumentNumber('42/2022/nđ-cp')).toBe('42/2022/NĐ-CP')
    expect(normalizeDocumentNumber('8935/bnv - cttn&bđg')).toBe('8935/BNV-CTTN&BĐG')
  })

  it('leaves a number without a symbol as typed, for the pattern hint to flag', () => {
    expect(normalizeDocumentNumber('Số 2768')).toBe('Số 2768')
    expect(followsNumberPattern(normalizeDocumentNumber('12 / kh - ubnd'))).toBe(true)
  })

  it('turns typographic dashes into hyphens', () => {
    expect(normalizeDocumentNumber('197/KH\u2013UBND')).toBe('197/KH-UBND')
  })
})

describe('followsNumberPattern', () => {
  it.each([...fixtureNumbers, '42/2022/NĐ-CP', '10909/KH-UBND', '8935/BNV-CTTN&BĐG'])(
    'accepts %s',
    (number) => {
      expect(followsNumberPattern(number)).toBe(true)
    },
  )

  it.each([
    'Số 2768',
    'KH-UBND/10909',
    '10909/kh-ubnd',
    '10909',
    '10909/22/KH-UBND',
    '10909/2022',
    '',
  ])('flags %s', (number) => {
    expect(followsNumberPattern(number)).toBe(false)
  })
})
