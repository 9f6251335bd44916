import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { translate } from '../../../i18n/messages'

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null && value !== ''

/**
 * A file reaches the media library only as an upload in the same request. Given a `url` and
 * `filename` on create, Payload would fetch the file itself (from any public address), or re-read
 * a stored file by its name (another site's, say) and store it again under that same name, so
 * deleting the copy would delete the original; with crop or focal edits it would rewrite the
 * stored file. Our content checks only see uploaded files. (On update Payload drops a submitted
 * `url` and `filename` itself; the admin form sends back the stored ones.)
 */
export const refuseFileByReference: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || req.file) return args
  // Payload keeps a create's `url` and `filename` aside before hooks run: the request body as
  // sent (REST) and the operation's data (Local API) still show them.
  const sent = { ...asRecord(req.data), ...asRecord((args as { data?: unknown }).data) }
  const refuse = (): never => {
    throw new APIError(translate(req, 'uploadDirectly'), 400, null, true)
  }
  if (req.query?.uploadEdits !== undefined) refuse()
  const hasFocalPoint = isGiven(sent.focalX) || isGiven(sent.focalY)
  if (operation === 'create') {
    if (hasFocalPoint || isGiven(sent.url) || isGiven(sent.filename)) refuse()
    return args
  }
  // The admin form sends an image's stored focal point back with every save: only a changed one
  // would make Payload re-process the stored file.
  const id = (args as { id?: number | string }).id
  if (hasFocalPoint && id !== undefined) {
    const stored = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    const isChanged = (name: 'focalX' | 'focalY') =>
      isGiven(sent[name]) && Number(sent[name]) !== Number(stored?.[name])
    if (isChanged('focalX') || isChanged('focalY')) refuse()
  }
  return args
}
