// The site an editor is working on when they create a file or document: the campaign whose form
// they came from (its "Tạo mới" drawer, a link from it) or the site the list they came from is
// filtered by. The admin page's address reaches the server as the request's Referer, in the
// admin's server functions (drawers) and on page loads alike.
import type { PayloadRequest } from 'payload'

import type { SiteId } from '../access/roles'
import { relationId } from '../access/roles'

const CAMPAIGN_PATH = /\/collections\/campaigns\/([^/]+)\/?$/
// A list filter on the site: where[…][sites][in][0]=3, where[…][ownerSite][equals]=3.
const SITE_FILTER = /\[(?:sites|ownerSite)\]\[(?:equals|in|contains)\](?:\[\d+\])?$/

const refererOf = (req: PayloadRequest): URL | null => {
  const referer = req.headers?.get('referer')
  if (!referer) return null
  try {
    return new URL(referer)
  } catch {
    return null
  }
}

const campaignSites = async (req: PayloadRequest, id: string): Promise<SiteId[]> => {
  try {
    const campaign = await req.payload.findByID({
      collection: 'campaigns',
      id,
      depth: 0,
      draft: true,
      disableErrors: true,
      overrideAccess: false,
      user: req.user,
      select: { sites: true },
    })
    return (campaign?.sites ?? []).map(relationId)
  } catch {
    // Not a campaign id this database knows (a malformed id is an error on SQLite).
    return []
  }
}

/** The sites the referring page points at, most specific first; empty when it points at none. */
export const sitesCameFrom = async (req: PayloadRequest): Promise<SiteId[]> => {
  const url = refererOf(req)
  if (!url) return []
  const campaignId = CAMPAIGN_PATH.exec(url.pathname)?.[1]
  if (campaignId && campaignId !== 'create') {
    return campaignSites(req, decodeURIComponent(campaignId))
  }
  const filtered: SiteId[] = []
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('where') && SITE_FILTER.test(key) && value !== '') filtered.push(value)
  }
  return filtered
}
