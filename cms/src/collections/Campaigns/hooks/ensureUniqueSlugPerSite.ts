import type { CollectionBeforeChangeHook, Where } from 'payload'

import { isAdminUser, managedSiteIds, relationId, sameId } from '../../../access/roles'
import { translate } from '../../../i18n/messages'
import { fieldValidationError } from '../../../hooks/fieldValidationError'

/** Two editions of one site may not share a slug (the portal links to it); other sites may. */
export const ensureUniqueSlugPerSite: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const slug: unknown = data.slug ?? originalDoc?.slug
  const sites: unknown = data.sites ?? originalDoc?.sites
  if (typeof slug !== 'string' || !Array.isArray(sites) || sites.length === 0) return data
  const siteIds = sites.map(relationId)
  const where: Where = { and: [{ slug: { equals: slug } }, { sites: { in: siteIds } }] }
  if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
  const clash = await req.payload.find({
    collection: 'campaigns',
    where,
    depth: 1,
    limit: 1,
    draft: true,
    overrideAccess: true,
    req,
  })
  const other = clash.docs[0]
  if (!other) return data
  const shared = other.sites.find(
    (site) => typeof site === 'object' && siteIds.some((id) => String(id) === String(site.id)),
  )
  // Named only to someone who may read that site: an editor learns nothing of others' sites.
  const canName =
    typeof shared === 'object' &&
    (isAdminUser(req.user) || managedSiteIds(req.user).some((id) => sameId(id, shared.id)))
  throw fieldValidationError({
    collection,
    path: 'slug',
    message: canName
      ? translate(req, 'slugTaken', { slug, site: shared.name })
      : translate(req, 'slugTakenOnSharedSite', { slug }),
    req,
  })
}
