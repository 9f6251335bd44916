import { SLUG } from '@campaign/shared/patterns'
import type { TextFieldSingleValidation } from 'payload'

import { translate } from '../i18n/messages'

/** URL slug from Vietnamese text: accents dropped (đ → d), lower-case, hyphen-separated. */
export const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

export const SLUG_PATTERN = new RegExp(SLUG, 'u')

export const validateSlug: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && SLUG_PATTERN.test(value) ? true : translate(req, 'slugFormat')
