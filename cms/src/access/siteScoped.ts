import type { Access } from 'payload'

import { isAdminUser, managedSiteIds } from './roles'

/**
 * Admins pass; editors get a query limiting them to the sites they manage, matched on `field`;
 * everyone else is refused.
 */
export const siteScoped =
  (field: string): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    const siteIds = managedSiteIds(req.user)
    return siteIds.length > 0 ? { [field]: { in: siteIds } } : false
  }
