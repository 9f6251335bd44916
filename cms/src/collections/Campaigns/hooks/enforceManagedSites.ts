import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { isAdminUser, managedSiteIds, relationId } from '../../../access/roles'
import { translate } from '../../../i18n/messages'

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((site) => String(relationId(site))) : []

/**
 * Editors may add or remove only the sites they manage; a campaign shared with another site
 * keeps that site. Runs on drafts too (field validation does not), so it cannot be bypassed.
 */
export const enforceManagedSites: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!req.user || isAdminUser(req.user) || data.sites === undefined) return data
  const managed = new Set(managedSiteIds(req.user).map(String))
  const before = new Set(idsOf(originalDoc?.sites))
  const after = new Set(idsOf(data.sites))
  const changed = [...after, ...before].filter((id) => before.has(id) !== after.has(id))
  const foreign = changed.find((id) => !managed.has(id))
  if (foreign === undefined) {
    if (after.size > 0) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'sites', message: translate(req, 'sitesRequired') }],
      req,
    })
  }
  const site = await req.payload
    .findByID({ collection: 'sites', id: foreign, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      { path: 'sites', message: translate(req, 'siteNotManaged', { site: site?.name ?? foreign }) },
    ],
    req,
  })
}
