import { formatBytes } from '@campaign/shared/format'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { open } from 'node:fs/promises'
import type { CollectionBeforeOperationHook } from 'payload'

import { env } from '../../../env'
import { messageLanguage, translate } from '../../../i18n/messages'
import { FILE_LABEL, fieldValidationError } from '../../../hooks/fieldValidationError'
import { allowedMimeTypeOf } from '../allowedFileTypes'

/** A whole PDF ends with its cross-reference section and %%EOF, within its last kilobyte. */
const hasPdfEnding = (bytes: Buffer): boolean => {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}

const readTail = async (file: { tempFilePath?: string }): Promise<Buffer> => {
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await open(file.tempFilePath)
  try {
    const { size } = await handle.stat()
    const length = Math.min(1024, size)
    const tail = Buffer.alloc(length)
    await handle.read(tail, 0, length, size - length)
    return tail
  } finally {
    await handle.close()
  }
}

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
  // Payload refuses a PDF without its closing part too, with an English message and nothing at
  // the field; say it first, and say what to do.
  if (
    mimeType === 'application/pdf' &&
    !hasPdfEnding(inMemory ? file.data : await readTail(file))
  ) {
    fail(translate(req, 'pdfIncomplete'))
  }
  return args
}
