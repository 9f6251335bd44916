import type { PayloadRequest } from 'payload'

import { relationId, type SiteId } from '../../../access/roles'
import { DEFAULT_TIME_ZONE } from '../../Sites'

const KEY = 'campaign-list:site-time-zones'

/** Every site's zone, read once per request (a list shows many campaigns of few sites). */
const zonesOf = (req: PayloadRequest): Promise<Map<string, string>> => {
  const memo = req.context[KEY] as Promise<Map<string, string>> | undefined
  if (memo) return memo
  const zones = req.payload
    .find({
      collection: 'sites',
      select: { timeZone: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => new Map(docs.map((site) => [String(site.id), site.timeZone])))
  req.context[KEY] = zones
  return zones
}

/** The time zone a campaign is judged in: its first site's, else Việt Nam's. */
export const campaignTimeZone = async (req: PayloadRequest, sites: unknown): Promise<string> => {
  const first = Array.isArray(sites) ? (sites[0] as SiteId | { id: SiteId } | undefined) : undefined
  if (first === undefined || first === null) return DEFAULT_TIME_ZONE
  if (typeof first === 'object' && 'timeZone' in first && typeof first.timeZone === 'string') {
    return first.timeZone
  }
  return (await zonesOf(req)).get(String(relationId(first))) ?? DEFAULT_TIME_ZONE
}
