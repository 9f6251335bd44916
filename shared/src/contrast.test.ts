import { expect, test } from 'vitest'
import { contrastRatio, readableAccent } from './contrast'

test('contrast ratios as WCAG defines them', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
  expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
  expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
})

test('a readable accent is kept as it is', () => {
  expect(readableAccent('#0b5394')).toBe('#0b5394')
  expect(readableAccent('#767676')).toBe('#767676')
})

test.each(['#f26522', '#ffee58', '#ffffff', '#7fdbff', '#00ff00', '#ff69b4', '#F26522'])(
  'a poor accent %s is darkened to 4.5:1 against white, keeping its hue',
  (accent) => {
    const adjusted = readableAccent(accent)
    expect(adjusted).toMatch(/^#[0-9a-f]{6}$/)
    expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    // no darker than needed: one step back does not reach 4.5
    expect(contrastRatio(adjusted, '#ffffff')).toBeLessThan(6)
  },
)

test('against a dark colour a poor accent is lightened', () => {
  const adjusted = readableAccent('#1a1a40', '#000000')
  expect(contrastRatio(adjusted, '#000000')).toBeGreaterThanOrEqual(4.5)
})
