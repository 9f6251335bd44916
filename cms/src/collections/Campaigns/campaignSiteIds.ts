import type { PayloadRequest } from 'payload'

import { relationId, type SiteId } from '../../access/roles'

/** The sites a campaign shows on, read as the system (drafts included); [] when there is none. */
export const campaignSiteIds = async (req: PayloadRequest, id: SiteId): Promise<SiteId[]> => {
  const campaign = await req.payload.findByID({
    collection: 'campaigns',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (campaign?.sites ?? []).map(relationId)
}
