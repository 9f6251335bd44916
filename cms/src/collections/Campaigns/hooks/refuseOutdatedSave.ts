// Two editors with one document open: the admin's form sends the whole document, so the later
// save would silently put back every field the earlier one changed. Payload's document lock does
// not prevent it: a save drops the lock (with autosave, every two seconds), and its "document
// changed" check is skipped for autosave collections (upstream payload#15486, #14477). The form
// also sends the `updatedAt` it was loaded with (autosaves keep it current): a save made from an
// older state than the stored one is refused with 409, saying when the newer save happened.
import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { DEFAULT_TIME_ZONE } from '../../Sites'
import { messageLanguage, translate } from '../../../i18n/messages'
import { isRestoringBackup } from '../../../hooks/restoringBackup'

/**
 * "00 giờ 51 ngày 03/12/2026" / "00.51 on 03/12/2026" in the admin's zone: no colon, as the
 * admin's error toast splits a message at its first colon into a list of field errors.
 */
const timeOf = (at: number, language: 'vi' | 'en'): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: DEFAULT_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? ''
  const date = `${part('day')}/${part('month')}/${part('year')}`
  return language === 'en'
    ? `${part('hour')}.${part('minute')} on ${date}`
    : `${part('hour')} giờ ${part('minute')} ngày ${date}`
}

export const refuseOutdatedSave: CollectionBeforeValidateHook = ({
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
  throw new APIError(
    translate(req, 'outdatedSave', { time: timeOf(storedAt, messageLanguage(req)) }),
    409,
    null,
    true,
  )
}
