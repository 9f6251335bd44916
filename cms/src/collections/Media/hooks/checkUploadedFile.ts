import { formatBytes } from '@campaign/shared/format'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'

import { env } from '../../../env'
import { messageLanguage, translate } from '../../../i18n/messages'
import { FILE_LABEL, fieldValidationError } from '../../../hooks/fieldValidationError'
import { allowedMimeTypeOf } from '../allowedFileTypes'

/**
 * Runs before Payload stores an upload: rejects disallowed or oversized files with a message in
 * the editor's language, and records the type the bytes show (not what the browser claimed).
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const language = messageLanguage(req)
  const fail = (message: string): never => {
    throw fieldValidationError({ collection, path: 'file', label: FILE_LABEL, message, req })
  }
  if (file.size > env.mediaMaxBytes) {
    fail(
      translate(req, 'fileTooLarge', {
        size: formatBytes(file.size, language),
        max: formatBytes(env.mediaMaxBytes, language),
      }),
    )
  }
  const inMemory = file.data && file.data.length > 0
  const detected = inMemory
    ? await fileTypeFromBuffer(file.data)
    : file.tempFilePath
      ? await fileTypeFromFile(file.tempFilePath)
      : undefined
  const mimeType = allowedMimeTypeOf(detected?.mime, file.name)
  if (mimeType === null) {
    fail(translate(req, 'fileTypeNotAllowed', { detected: detected?.ext?.toUpperCase() ?? '?' }))
  } else {
    file.mimetype = mimeType
  }
  return args
}
