import { expect, test } from 'vitest'
import { localeOf, STRINGS } from './i18n'

test.each([
  ['en', 'en'],
  ['en-GB', 'en'],
  ['EN-us', 'en'],
  ['vi', 'vi'],
  ['vi-VN', 'vi'],
  ['fr', 'vi'],
  ['eng', 'vi'],
  ['', 'vi'],
  [null, 'vi'],
  [undefined, 'vi'],
])('lang %j → %s', (lang, locale) => {
  expect(localeOf(lang)).toBe(locale)
})

test('vi and en have the same strings, none empty', () => {
  expect(Object.keys(STRINGS.en)).toEqual(Object.keys(STRINGS.vi))
  for (const strings of Object.values(STRINGS))
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe('')
})
