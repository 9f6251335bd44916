// Who may open a campaign's live preview page, and what it starts from: a signed-in editor of one
// of the campaign's sites (or an admin) gets the stored draft and the site to preview it for;
// everyone else gets a refusal, told apart only for tests and logs (the page shows a 404 to all).
import type { Locale } from '@campaign/shared/contract'
import { isLocale } from '@campaign/shared/routes'
import type { Payload } from 'payload'

import { isAdminUser, managedSiteIds, relationId, sameId } from '../access/roles'
import type { Campaign, User } from '../payload-types'
import type { SiteFacts } from '../public/currentResponse'

export type CampaignPreviewAccess =
  | { kind: 'refused'; reason: 'signed-out' | 'not-an-editor-of-its-sites' }
  | { kind: 'allowed'; user: User; doc: Campaign; site: SiteFacts; locale: Locale }

export interface CampaignPreviewRequest {
  payload: Payload
  headers: Headers
  id: string
  locale: string | undefined
}

export const loadCampaignPreview = async ({
  payload,
  headers,
  id,
  locale: requested,
}: CampaignPreviewRequest): Promise<CampaignPreviewAccess> => {
  const { user } = await payload.auth({ headers })
  if (!user || user.collection !== 'users') return { kind: 'refused', reason: 'signed-out' }
  const locale = isLocale(requested) ? requested : 'vi'
  // As the editor: the collection's read rule keeps other sites' editions out (drafts included).
  const doc = await payload
    .findByID({
      collection: 'campaigns',
      id,
      draft: true,
      depth: 2,
      locale,
      fallbackLocale: 'vi',
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    .catch(() => null) // a malformed id
  const siteIds = (doc?.sites ?? []).map(relationId)
  const managed = isAdminUser(user)
    ? siteIds
    : siteIds.filter((siteId) => managedSiteIds(user).some((own) => sameId(own, siteId)))
  const siteId = managed[0]
  if (!doc || siteId === undefined) return { kind: 'refused', reason: 'not-an-editor-of-its-sites' }
  const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0 })
  return {
    kind: 'allowed',
    user,
    doc,
    site: {
      slug: site.slug,
      name: site.name,
      timeZone: site.timeZone,
      defaultLocale: site.defaultLocale,
    },
    locale,
  }
}
