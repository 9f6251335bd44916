import { formatBytes } from '@campaign/shared/format'
import type { CollectionBeforeChangeHook } from 'payload'

import { env } from '../../../env'
import { messageLanguage, translate } from '../../../i18n/messages'
import { FILE_LABEL, fieldValidationError } from '../../../hooks/fieldValidationError'
import { ALLOWED_MIME_TYPES } from '../allowedFileTypes'

const ALLOWED = new Set<string>(ALLOWED_MIME_TYPES)

/**
 * The last word on what is stored, whichever way the file came (an upload, a copy of another
 * record): its recorded type must be an allowed one and its size within the limit.
 */
export const checkStoredFile: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const fail = (message: string): never => {
    throw fieldValidationError({ collection, path: 'file', label: FILE_LABEL, message, req })
  }
  if (typeof data.mimeType === 'string' && !ALLOWED.has(data.mimeType)) {
    fail(translate(req, 'fileTypeNotAllowed', { detected: data.mimeType }))
  }
  if (typeof data.filesize === 'number' && data.filesize > env.mediaMaxBytes) {
    const language = messageLanguage(req)
    fail(
      translate(req, 'fileTooLarge', {
        size: formatBytes(data.filesize, language),
        max: formatBytes(env.mediaMaxBytes, language),
      }),
    )
  }
  return data
}
