import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'

/** The first document matching `where`, drafts included, ignoring access (seed is trusted). */
export const findFirst = async <TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  where: Where,
): Promise<DataFromCollectionSlug<TSlug> | null> => {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] ?? null
}
