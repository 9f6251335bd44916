import type { CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../../i18n/messages'
import { fieldValidationError } from '../../../hooks/fieldValidationError'

/**
 * Drafts may be incomplete; a published edition must carry at least one message. Rows are shared
 * by every locale (only their text is translated), and each row's text is itself required.
 */
export const requireMessagesToPublish: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const rows: unknown = data.messages ?? originalDoc?.messages
  if (Array.isArray(rows) && rows.length > 0) return data
  throw fieldValidationError({
    collection,
    path: 'messages',
    message: translate(req, 'messagesRequiredToPublish'),
    req,
  })
}
