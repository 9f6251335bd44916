import type { Access } from 'payload'

import { isAdminUser } from './roles'

/** Users: admins manage everyone; anyone else sees and edits only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
