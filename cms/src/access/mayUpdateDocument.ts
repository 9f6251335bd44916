import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type { SiteId } from './roles'

/**
 * Whether `user` (the caller, unless given) may update that document, by the collection's own
 * update rule: for locks and scheduled publishing, which act on a document from outside it.
 */
export const mayUpdateDocument = async ({
  req,
  collection,
  id,
  user = req.user,
}: {
  req: PayloadRequest
  collection: string
  id: SiteId
  user?: TypedUser | null
}): Promise<boolean> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const rule = config?.access.update
  if (!config || !rule) return false
  // Our update rules answer with a query, which is then tried against this one document.
  const result = await rule({ req: { ...req, user: user ?? null } })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: config.slug,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
