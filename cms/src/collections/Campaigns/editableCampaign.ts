import type { PayloadRequest } from 'payload'
import { Forbidden, NotFound } from 'payload'

import { mayUpdateDocument } from '../../access/mayUpdateDocument'
import type { SiteId } from '../../access/roles'
import type { Campaign } from '../../payload-types'

/**
 * The campaign named by the route's `:id`, as its latest draft, for a caller who may edit it
 * (an editor of one of its sites, or an admin). 403 for anyone else, 404 when there is none:
 * scheduling and the pending-changes list act for those who could publish it by hand.
 */
export const editableCampaign = async (
  req: PayloadRequest,
): Promise<{ id: SiteId; campaign: Campaign }> => {
  if (!req.user) throw new Forbidden(req.t)
  const id = req.routeParams?.id as SiteId | undefined
  if (id === undefined) throw new NotFound(req.t)
  const campaign = await req.payload.findByID({
    collection: 'campaigns',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!campaign) throw new NotFound(req.t)
  if (!(await mayUpdateDocument({ req, collection: 'campaigns', id: campaign.id }))) {
    throw new Forbidden(req.t)
  }
  return { id: campaign.id, campaign }
}
