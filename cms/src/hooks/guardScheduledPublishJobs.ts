// The admin's "cancel scheduled publish" deletes the job it is given with full rights, checking
// only that the caller may use the admin: without this hook an editor of one site could cancel
// every site's scheduled publishing. Editors may cancel the jobs of campaigns they may edit.
import type { CollectionBeforeDeleteHook } from 'payload'
import { Forbidden } from 'payload'

import { isAdminUser, managedSiteIds, relationId, type SiteId } from '../access/roles'
import { campaignSiteIds } from '../collections/Campaigns/campaignSiteIds'

interface ScheduledDoc {
  relationTo?: string
  value?: SiteId | { id: SiteId }
}

export const guardScheduledPublishJobs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // No user: the jobs runner deleting a finished job, or a trusted Local API call.
  if (!req.user || isAdminUser(req.user)) return
  const job = await req.payload.findByID({
    collection: 'payload-jobs',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const target = (job?.input as { doc?: ScheduledDoc } | undefined)?.doc
  if (job?.taskSlug === 'schedulePublish' && target?.relationTo === 'campaigns' && target.value) {
    const managed = new Set(managedSiteIds(req.user).map(String))
    const sites = await campaignSiteIds(req, relationId(target.value))
    if (sites.some((site) => managed.has(String(site)))) return
  }
  throw new Forbidden(req.t)
}
