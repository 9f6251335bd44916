// The image snippet's alt text: what the banner is about, in words that stay true for as long as
// a webmaster's pasted copy may live — the series and the theme, never a year or a date (those
// are in the image, and banner.txt gives the current text to platforms that can fetch it).
import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import type { Locale } from '@campaign/shared/routes'

import { createDerivedAnswers } from './derivedAnswers'
import type { PublicAnswers } from './publicAnswers'

// A date (15/11, 15/11/2021, 15-11-2021, 15.11) or a year of this era, with the words that
// lead to it ('từ ngày', 'năm', 'from').
const DATE_OR_YEAR =
  /(?:(?<![\p{L}\p{N}])(?:năm|ngày|từ|đến|year|in|of|on|from|to|until)\s+)*(?:\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:19|20)\d{2}\b)/giu

/** The text without dates and years, its spacing and punctuation tidied. */
export const withoutDates = (text: string): string =>
  text
    .replace(DATE_OR_YEAR, ' ')
    // What held the dates together: "( – )", a dash before a comma or at the end.
    .replace(/\(\s*(?:[–—-]\s*)*\)/gu, ' ')
    .replace(/\s+[–—-](?=\s*(?:[,.;:)]|$))/gu, '')
    .replace(/\s+([,.;:!?)])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/gu, '')

export const bannerAltText = (current: CurrentCampaignResponse): string => {
  if (current.kind === 'none') return current.site.name
  const series = withoutDates(current.campaign.series)
  const theme = withoutDates(current.campaign.theme)
  const text = !theme || theme === series ? series : series ? `${series}: ${theme}` : theme
  return text || current.site.name
}

export interface BannerTextQuery {
  slug: string
  /** null: the site's default language. */
  locale: Locale | null
}

/** The current alt text per site and language, made from what the site shows now and kept as long. */
export const createBannerTexts = ({ answers, now }: { answers: PublicAnswers; now: () => Date }) =>
  createDerivedAnswers({
    now,
    // One per known site and language: keys are made only after the site is found.
    maxEntries: 2000,
    serialize: (text: string) => Buffer.from(text),
    keyOf: ({ slug, locale }: BannerTextQuery) => `${slug}|${locale ?? ''}`,
    source: ({ slug, locale }: BannerTextQuery) =>
      answers.current.get({ slug, locale, year: null }),
    derive: (current: CurrentCampaignResponse) => bannerAltText(current),
  })
