import type { RelationshipField } from 'payload'

import { isAdminUser, managedSiteIds, sameId } from '../access/roles'
import { translate } from '../i18n/messages'
import { sitesCameFrom } from './siteCameFrom'

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
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Của một trang: chỉ trang đó thấy, và công khai khi một chiến dịch đã xuất bản dùng đến. Để trống (chỉ quản trị viên): văn bản, tệp cấp quốc gia, dùng chung và công khai ngay.',
      en: 'A site’s own: only that site sees it, public once a published campaign uses it. Empty (admins only): a national record, shared and public at once.',
    },
  },
  // The site of the campaign or list the editor came from, if theirs; else their first (for most
  // editors, their only) site. Admins get the site they came from, else none (shared).
  defaultValue: async ({ req, user }) => {
    const cameFrom = await sitesCameFrom(req)
    if (isAdminUser(user)) return cameFrom[0]
    const managed = managedSiteIds(user)
    return cameFrom.find((site) => managed.some((id) => sameId(id, site))) ?? managed[0]
  },
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
