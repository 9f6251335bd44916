import type { Access } from 'payload'

import { isAdminUser, relationId } from './roles'

/**
 * Users, read: admins everyone; anyone else their own account and whoever holds the lock of a
 * document they may see the lock of (see editableLock: a document they may edit). The admin's
 * "… is editing this document" then names the colleague instead of showing a bare id.
 */
export const selfLockHolderOrAdmin: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    depth: 0,
    pagination: false,
    select: { user: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const holders = docs.flatMap(({ user }) =>
    user?.relationTo === 'users' ? [relationId(user.value)] : [],
  )
  return { id: { in: [req.user.id, ...holders] } }
}
