import type { Access } from 'payload'

import { isAdminUser } from './roles'

export const adminOnly: Access = ({ req }) => isAdminUser(req.user)
