import type { Access, Where } from 'payload'

import { publicRecordIds } from './publicRecordIds'
import { isAdminUser, managedSiteIds } from './roles'

/**
 * Documents and files: public once a published campaign uses them, or when national (no owner
 * site, which only admins can leave empty); before that, only their own site's editors and
 * admins read them (a plan attached to a draft stays private until the announcement).
 */
export const publicOrManagedRecord =
  (collection: 'documents' | 'media'): Access =>
  async ({ req }) => {
    if (isAdminUser(req.user)) return true
    const visible: Where[] = [{ ownerSite: { exists: false } }]
    const used = (await publicRecordIds(req))[collection]
    if (used.length > 0) visible.push({ id: { in: used } })
    const managed = managedSiteIds(req.user)
    if (managed.length > 0) visible.push({ ownerSite: { in: managed } })
    return { or: visible }
  }
