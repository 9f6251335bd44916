import { describe, expect, it } from 'vitest'
import { HEX_COLOR, isHttpUrl, SLUG } from './patterns'

describe('isHttpUrl', () => {
  it.each([
    'https://skhcn.khanhhoa.gov.vn',
    'http://localhost:3000/demo/',
    'https://portal.example/tin-tuc?id=1#a',
  ])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    '//portal.example/',
    '/relative',
    ' https://portal.example',
    'https://portal.example/a b',
    'HTTPS://PORTAL.EXAMPLE',
    'https://',
    'ftp://portal.example',
    '',
  ])('refuses %j', (url) => {
    expect(isHttpUrl(url)).toBe(false)
  })
})

describe('SLUG', () => {
  const slug = new RegExp(SLUG, 'u')

  it.each(['skhcn-khanhhoa', 'so-y-te', 'demo', '2025'])('accepts %s', (value) => {
    expect(slug.test(value)).toBe(true)
  })

  it.each(['Sở Y tế', 'SO-Y-TE', '-so', 'so-', 'so--y', 'so_y', 'so/y', ''])(
    'refuses %j',
    (value) => {
      expect(slug.test(value)).toBe(false)
    },
  )
})

describe('HEX_COLOR', () => {
  it('takes #rrggbb in either case and nothing else', () => {
    const colour = new RegExp(HEX_COLOR, 'u')
    expect(['#e8590c', '#E8590C'].every((value) => colour.test(value))).toBe(true)
    expect(['e8590c', '#e859', '#e8590c0', 'red'].some((value) => colour.test(value))).toBe(false)
  })
})
