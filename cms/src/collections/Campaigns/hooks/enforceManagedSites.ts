import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, managedSiteIds, relationId } from '../../../access/roles'
import { translate } from '../../../i18n/messages'
import { fieldValidationError } from '../../../hooks/fieldValidationError'

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((site) => String(relationId(site))) : []

/**
 * Editors may add or remove only the sites they manage; a campaign shared with another site
 * keeps that site; and every campaign an editor creates is on at least one of their sites (else
 * nobody but an admin could ever open it). Runs on drafts too (field validation does not), so it
 * cannot be bypassed. The message never names a site the editor does not manage.
 */
export const enforceManagedSites: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || isAdminUser(req.user)) return data
  if (data.sites === undefined && operation === 'update') return data
  const managed = new Set(managedSiteIds(req.user).map(String))
  const before = new Set(idsOf(originalDoc?.sites))
  const after = new Set(idsOf(data.sites))
  const changed = [...after, ...before].filter((id) => before.has(id) !== after.has(id))
  const refuse = (message: string): never => {
    throw fieldValidationError({ collection, path: 'sites', message, req })
  }
  if (changed.some((id) => !managed.has(id))) refuse(translate(req, 'siteNotManaged'))
  if (after.size === 0 || (operation === 'create' && ![...after].some((id) => managed.has(id))))
    refuse(translate(req, 'sitesRequired'))
  return data
}
