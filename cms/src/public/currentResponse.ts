// The "what a site shows now" answer around mapped editions: which one shows (shared's rules, in
// the site's zone) and the envelope. The public API and the editors' live preview both use it.
import type { CurrentCampaignResponse, PublicCampaign, PublicSite } from '@campaign/shared/contract'
import { selectEdition } from '@campaign/shared/schedule'

import type { Site } from '../payload-types'

export type SiteFacts = Pick<Site, 'slug' | 'name' | 'timeZone' | 'defaultLocale'>

export const toPublicSite = (site: SiteFacts): PublicSite => ({
  slug: site.slug,
  name: site.name,
  timeZone: site.timeZone,
  locale: site.defaultLocale,
})

/** The edition `site` shows at `at` among `editions` (mapped by toPublicCampaign), if any. */
export const currentResponse = ({
  site,
  at,
  editions,
}: {
  site: SiteFacts
  at: Date
  editions: readonly PublicCampaign[]
}): CurrentCampaignResponse => {
  const campaign = selectEdition(editions, at)
  const common = { version: 1, serverTime: at.toISOString(), site: toPublicSite(site) } as const
  return campaign
    ? { ...common, kind: 'campaign', campaign }
    : { ...common, kind: 'none', campaign: null }
}
