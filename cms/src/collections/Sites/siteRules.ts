import type { TextFieldSingleValidation } from 'payload'

import { SLUG_PATTERN, slugify } from '../../fields/slugify'
import { translate } from '../../i18n/messages'

/** `*`, or a bare origin such as https://skhcn.khanhhoa.gov.vn (scheme, host, optional port). */
export const isAllowedOriginEntry = (value: string): boolean => {
  if (value === '*') return true
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
  } catch {
    return false
  }
}

export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return value.trim() !== ''
  } catch {
    return false
  }
}

export const validateOrigin: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && isAllowedOriginEntry(value) ? true : translate(req, 'originFormat')

export const validateTimeZone: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && isTimeZone(value)
    ? true
    : translate(req, 'timeZoneUnknown', { zone: String(value ?? '') })

/** A slug, or why not with the slug the input makes ("Sở Y tế" → so-y-te). */
export const validateSiteSlug: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && SLUG_PATTERN.test(value)
    ? true
    : translate(req, 'siteSlugFormat', {
        suggestion: (typeof value === 'string' && slugify(value)) || 'so-y-te',
      })
