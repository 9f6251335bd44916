import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { isAdminUser } from './roles'

/** Where the user may update documents, per lockable collection: `true` for all of them. */
const editableWhere = async (req: PayloadRequest): Promise<Where[]> => {
  const lockable = req.payload.config.collections.filter(
    (collection) => collection.lockDocuments !== false && collection.access.update,
  )
  const found = await Promise.all(
    lockable.map(async ({ slug, access }): Promise<Where | null> => {
      const result = await access.update({ req })
      if (result === false) return null
      const inCollection: Where = { 'document.relationTo': { equals: slug } }
      if (result === true) return inCollection
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: result,
        select: {},
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length === 0) return null
      return { and: [inCollection, { 'document.value': { in: docs.map((doc) => doc.id) } }] }
    }),
  )
  return found.filter((where): where is Where => where !== null)
}

/**
 * Document locks (who is editing what): a lock's owner, and whoever may edit the locked
 * document (to be warned, and to take it over), see and change it; admins all; nobody else.
 * Payload's default lets any signed-in user read, take or delete every lock of every site.
 */
export const editableLock: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const own: Where = {
    and: [
      { 'user.relationTo': { equals: req.user.collection } },
      { 'user.value': { equals: req.user.id } },
    ],
  }
  return { or: [own, ...(await editableWhere(req))] }
}
