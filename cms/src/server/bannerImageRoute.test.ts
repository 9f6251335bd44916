import { describe, expect, it } from 'vitest'

import { imageCacheControl, parseBannerImageQuery } from './bannerImageRoute'

const parse = (query: string) => parseBannerImageQuery('site-a', new URLSearchParams(query))

describe('parseBannerImageQuery', () => {
  it('defaults to the bar at 1× in the site’s own language', () => {
    expect(parse('')).toEqual({ slug: 'site-a', locale: null, variant: 'bar', scale: 1 })
  })

  it('reads the variant, the scale and the language', () => {
    expect(parse('variant=card&scale=2&locale=en')).toEqual({
      slug: 'site-a',
      locale: 'en',
      variant: 'card',
      scale: 2,
    })
  })

  it.each([
    ['variant=compact', 'invalid_variant'],
    ['variant=', 'invalid_variant'],
    ['variant=constructor', 'invalid_variant'],
    ['scale=3', 'invalid_scale'],
    ['scale=2.0', 'invalid_scale'],
    ['scale=', 'invalid_scale'],
    ['scale=toString', 'invalid_scale'],
    ['locale=fr', 'invalid_locale'],
    ['year=2025', 'invalid_year'],
  ])('refuses %s with a 400 %s', (query, code) => {
    expect(() => parse(query)).toThrow(expect.objectContaining({ status: 400, code }))
  })
})

describe('imageCacheControl', () => {
  const lifetimes = { maxAge: 60, staleWhileRevalidate: 600 }

  it('is the usual lifetime far from midnight', () => {
    expect(imageCacheControl(lifetimes, 3600)).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
  })

  it('ends at the site’s next midnight, the stale window first, then the lifetime itself', () => {
    expect(imageCacheControl(lifetimes, 300.5)).toBe(
      'public, max-age=60, stale-while-revalidate=240',
    )
    expect(imageCacheControl(lifetimes, 30)).toBe('public, max-age=30, stale-while-revalidate=0')
    expect(imageCacheControl(lifetimes, -5)).toBe('public, max-age=0, stale-while-revalidate=0')
  })
})
