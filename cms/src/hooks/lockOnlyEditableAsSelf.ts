// A document lock made or changed through the API is the caller's own, on a document they may
// edit: otherwise an editor of one site could lock another site's campaigns in someone else's
// name, or move a lock onto them (the admin makes its locks itself, without hooks).
import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { mayUpdateDocument } from '../access/mayUpdateDocument'
import { isAdminUser, relationId, type SiteId } from '../access/roles'

interface Reference {
  relationTo?: string
  value?: SiteId | { id: SiteId }
}

const asReference = (value: unknown): Reference | undefined =>
  typeof value === 'object' && value !== null ? (value as Reference) : undefined

export const lockOnlyEditableAsSelf: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (!user || isAdminUser(user)) return data
  const owner = asReference(data.user ?? originalDoc?.user)
  const document = asReference(data.document ?? originalDoc?.document)
  const isOwn =
    owner?.relationTo === user.collection &&
    owner.value !== undefined &&
    String(relationId(owner.value)) === String(user.id)
  const isEditable =
    document?.relationTo !== undefined &&
    document.value !== undefined &&
    (await mayUpdateDocument({
      req,
      collection: document.relationTo,
      id: relationId(document.value),
    }))
  if (isOwn && isEditable) return data
  throw new Forbidden(req.t)
}
