import type { TextFieldSingleValidation } from 'payload'

import { translate } from '../../i18n/messages'

/** Images need alt text in the default language; documents (PDF, DOCX…) do not. */
export const requireAltForImages: TextFieldSingleValidation = (value, { data, req }) => {
  const mimeType = (data as { mimeType?: unknown }).mimeType
  const isImage = typeof mimeType === 'string' && mimeType.startsWith('image/')
  const isDefaultLocale = !req.locale || req.locale === 'vi'
  const hasAlt = typeof value === 'string' && value.trim() !== ''
  return !isImage || !isDefaultLocale || hasAlt ? true : translate(req, 'altRequired')
}
