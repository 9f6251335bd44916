// The public answers show published editions only, so only a change to what is published drops
// them: publishing, unpublishing, deleting a published edition. Drafts and autosaves (every two
// seconds while an editor types) leave the cache alone. A draft saved over a published edition
// does not touch the stored edition itself (Payload keeps it as a version), so whether the public
// state changed is read off the stored edition's status before and after the save.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { SiteId } from '../../../access/roles'
import type { Campaign } from '../../../payload-types'
import { announcePublicChange } from '../../../public/changeMarker'

const contextKey = (id: SiteId) => `campaign-was-published:${String(id)}`

const isStoredPublished = async (req: PayloadRequest, id: SiteId): Promise<boolean> => {
  const stored = await req.payload.db.findOne<Pick<Campaign, 'id' | '_status'>>({
    collection: 'campaigns',
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return stored?._status === 'published'
}

/** Before a save that does not publish: was the stored edition published? */
export const notePublishedBefore: CollectionBeforeChangeHook<Campaign> = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc && data._status !== 'published') {
    context[contextKey(originalDoc.id)] = await isStoredPublished(req, originalDoc.id)
  }
  return data
}

export const invalidatePublicCacheOnPublicChange: CollectionAfterChangeHook<Campaign> = async ({
  context,
  doc,
  req,
}) => {
  if (doc._status === 'published') await announcePublicChange(req)
  else if (context[contextKey(doc.id)] === true && !(await isStoredPublished(req, doc.id))) {
    await announcePublicChange(req)
  }
  return doc
}

export const invalidatePublicCacheOnPublishedDelete: CollectionAfterDeleteHook<Campaign> = async ({
  doc,
  req,
}) => {
  if (doc._status === 'published') await announcePublicChange(req)
  return doc
}
