// What a public route reads from its URL: the site's slug from the path and the few query
// parameters it knows, each checked (a bad one is a 400 with a stable code, never a 500).
import type { Locale } from '@campaign/shared/routes'
import { isLocale } from '@campaign/shared/routes'

import { PublicApiError } from '../public/httpSupport'

export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

/** `?locale=`: vi or en; absent means the site's default. */
export const parseLocale = (params: URLSearchParams): Locale | null => {
  const locale = params.get('locale')
  if (locale === null) return null
  if (!isLocale(locale)) {
    throw new PublicApiError(400, 'invalid_locale', 'locale must be "vi" or "en".')
  }
  return locale
}

/** A year as an archive takes it: a whole number from 1900 to 2200; '' or absent is none. */
export const parseYear = (text: string | null, isAllowed = true): number | null => {
  const year = text === null || text === '' ? null : Number(text)
  if (
    year !== null &&
    (!isAllowed || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
  ) {
    throw new PublicApiError(
      400,
      'invalid_year',
      'year must be a whole number from 1900 to 2200, on /campaigns only.',
    )
  }
  return year
}

export interface PreviewQuery {
  isPreview: boolean
  /** The instant to preview at (`?at=`), only with preview. */
  at: Date | null
}

/** `?preview=1` (or `true`) and `?at=<ISO instant>`: editors' time travel. */
export const parsePreview = (params: URLSearchParams): PreviewQuery => {
  const isPreview = params.get('preview') === '1' || params.get('preview') === 'true'
  const atText = params.get('at')
  const at = atText && isPreview ? new Date(atText) : null
  if (at && Number.isNaN(at.getTime())) {
    throw new PublicApiError(400, 'invalid_at', 'at must be an ISO date-time.')
  }
  return { isPreview, at }
}

/** A path segment as text; a malformed escape (%E0%A4%A) names no site: 404, not a 500. */
export const decodeSlug = (raw: string): string => {
  try {
    return decodeURIComponent(raw)
  } catch {
    throw new PublicApiError(404, 'site_not_found', 'No such site.')
  }
}
