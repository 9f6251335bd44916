import { describe, expect, it } from 'vitest'
import {
  archivePagePath,
  embedPath,
  goPath,
  isLocale,
  isVariant,
  LOCALES,
  publicSitePath,
  SCHEMA_PATHS,
  WIDGET_MODULE_PATH,
} from './routes'

describe('public route paths', () => {
  it('spell each site resource as the CMS answers it', () => {
    expect(publicSitePath('skhcn-khanhhoa', 'campaign')).toBe(
      '/api/public/sites/skhcn-khanhhoa/campaign',
    )
    expect(publicSitePath('skhcn-khanhhoa', 'archive')).toBe(
      '/api/public/sites/skhcn-khanhhoa/campaigns',
    )
    expect(publicSitePath('skhcn-khanhhoa', 'bannerText')).toBe(
      '/api/public/sites/skhcn-khanhhoa/banner.txt',
    )
    expect(publicSitePath('skhcn-khanhhoa', 'bannerImage')).toBe(
      '/api/public/sites/skhcn-khanhhoa/banner.png',
    )
    expect(SCHEMA_PATHS).toEqual({
      campaign: '/api/public/schema',
      archive: '/api/public/schema/archive',
    })
    expect(WIDGET_MODULE_PATH).toBe('/widget/v1/campaign-banner.js')
  })

  it('spell the pages a webmaster links', () => {
    expect(goPath('demo-portal')).toBe('/go/demo-portal')
    expect(embedPath('demo-portal')).toBe('/embed/demo-portal')
    expect(archivePagePath('demo-portal')).toBe('/sites/demo-portal/archive')
    expect(archivePagePath('demo-portal', 2021)).toBe('/sites/demo-portal/archive/2021')
  })

  it('encode a slug that is not one, so it stays one path segment', () => {
    expect(publicSitePath('a/b?c', 'campaign')).toBe('/api/public/sites/a%2Fb%3Fc/campaign')
    expect(goPath('../admin')).toBe('/go/..%2Fadmin')
  })
})

describe('locales and variants', () => {
  it('Vietnamese first, then English', () => {
    expect(LOCALES).toEqual(['vi', 'en'])
  })

  it.each([
    ['vi', true],
    ['en', true],
    ['VI', false],
    ['en-GB', false],
    ['', false],
    [null, false],
    ['toString', false],
  ])('isLocale(%j) is %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected)
  })

  it.each([
    ['bar', true],
    ['card', true],
    ['compact', true],
    ['Bar', false],
    ['constructor', false],
    [undefined, false],
  ])('isVariant(%j) is %s', (value, expected) => {
    expect(isVariant(value)).toBe(expected)
  })
})
