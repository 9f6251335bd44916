import type { FieldAccess } from 'payload'

import { isAdminUser } from './roles'

/** A field only admins may set (a user's role and sites: editors cannot promote themselves). */
export const adminFieldOnly: FieldAccess = ({ req }) => isAdminUser(req.user)
