import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

import { isAdminUser, managedSiteIds } from '../../../access/roles'
import { translate } from '../../../i18n/messages'
import { campaignSiteIds } from '../campaignSiteIds'

/**
 * Delete access lets an editor of any of a campaign's sites in; deleting a campaign that another
 * site also shows would take that site's banner away, so only an admin may (as enforceManagedSites
 * keeps an editor from removing the other site).
 */
export const refuseDeletingSharedCampaign: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isAdminUser(req.user)) return
  const managed = new Set(managedSiteIds(req.user).map(String))
  const foreign = (await campaignSiteIds(req, id)).find((site) => !managed.has(String(site)))
  if (foreign === undefined) return
  // The other site is not named: an editor learns nothing of sites they do not manage.
  throw new APIError(translate(req, 'sharedCampaignDelete'), 403, null, true)
}
