// Two editors with one document open: the admin's form sends the whole document, so the later
// save would silently put back every field the earlier one changed. Payload's document lock does
// not prevent it: a save drops the lock (with autosave, every two seconds), and its "document
// changed" check is skipped for autosave collections (upstream payload#15486, #14477). The form
// also sends the `updatedAt` it was loaded with (autosaves keep it current): a save made from an
// older state than the stored one is refused with 409, saying when the newer save happened.
import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { DEFAULT_TIME_ZONE } from '../../Sites'
import { formatSiteDateTime } from '../schedule/siteDateTime'
import { messageLanguage, translate } from '../../../i18n/messages'
import { isRestoringBackup } from '../../../hooks/restoringBackup'

/**
 * "00 giờ 51 ngày 03/12/2026" / "00.51 on 03/12/2026" in the admin's zone: no colon, as the
 * admin's error toast splits a message at its first colon into a list of field errors.
 */
const timeOf = (at: number, language: 'vi' | 'en'): string => {
  const [date = '', time = ''] = formatSiteDateTime(new Date(at), DEFAULT_TIME_ZONE).split(' ')
  const [hour, minute] = time.split(':')
  return language === 'en' ? `${hour}.${minute} on ${date}` : `${hour} giờ ${minute} ngày ${date}`
}

/** JSON with object keys sorted: two documents read alike compare equal whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  )

const META = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/**
 * Payload's "revert to published" reads the published campaign and sends it back as it is, with
 * that version's (older) updatedAt: discarding the newer draft is what the editor asked for.
 */
const isPublishedStateAsRead = async (
  req: PayloadRequest,
  id: number | string,
  data: Record<string, unknown>,
): Promise<boolean> => {
  const published = (await req.payload.findByID({
    collection: 'campaigns',
    id,
    depth: 0,
    draft: false,
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!published || published._status !== 'published') return false
  return Object.keys(data)
    .filter((key) => !META.has(key))
    .every((key) => canonical(data[key]) === canonical(published[key]))
}

export const refuseOutdatedSave: CollectionBeforeValidateHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Restoring a version or a backup writes older content on purpose.
  if (operation !== 'update' || context.isRestoringVersion === true || isRestoringBackup(context))
    return data
  // API callers that send only the fields they change merge with the stored document: unchecked.
  const sent: unknown = data?.updatedAt
  const stored: unknown = (originalDoc as { updatedAt?: unknown } | undefined)?.updatedAt
  if (typeof sent !== 'string' || typeof stored !== 'string') return data
  const sentAt = Date.parse(sent)
  const storedAt = Date.parse(stored)
  if (Number.isNaN(sentAt) || Number.isNaN(storedAt) || storedAt <= sentAt) return data
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (id !== undefined && data && (await isPublishedStateAsRead(req, id, data))) return data
  throw new APIError(
    translate(req, 'outdatedSave', { time: timeOf(storedAt, messageLanguage(req)) }),
    409,
    null,
    true,
  )
}
