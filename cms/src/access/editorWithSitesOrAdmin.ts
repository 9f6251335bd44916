import type { Access } from 'payload'

import { isAdminUser, managedSiteIds } from './roles'

/** Creating site-owned records: admins, and editors who manage at least one site. */
export const editorWithSitesOrAdmin: Access = ({ req }) =>
  isAdminUser(req.user) || managedSiteIds(req.user).length > 0
