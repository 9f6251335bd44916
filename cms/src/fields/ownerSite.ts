import type { RelationshipField } from 'payload'

import { isAdminUser, managedSiteIds } from '../access/roles'
import { translate } from '../i18n/messages'

/**
 * The site a document or file belongs to. Editors' records belong to their site (so only that
 * site's editors change them); admins may leave it empty for records shared by every site.
 */
export const ownerSite: RelationshipField = {
  name: 'ownerSite',
  type: 'relationship',
  relationTo: 'sites',
  index: true,
  label: { vi: 'Thuộc trang', en: 'Owner site' },
  admin: { position: 'sidebar' },
  defaultValue: ({ user }) => managedSiteIds(user)[0],
  filterOptions: ({ user }) =>
    // Trusted Local API calls (no user) are not narrowed; access already bars anonymous writes.
    !user || isAdminUser(user) ? true : { id: { in: managedSiteIds(user) } },
  validate: (value, { req }) => {
    if (!req.user || isAdminUser(req.user)) return true
    if (value === null || value === undefined || value === '') return req.t('validation:required')
    const managed = managedSiteIds(req.user).map(String)
    return managed.includes(String(value)) ? true : translate(req, 'ownerSiteNotManaged')
  },
}
