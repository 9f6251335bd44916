// What a site's live edition has reached so far (the dashboard's one line): its stored rows summed,
// people and bots apart. Counts not yet flushed (at most one interval) are not in it.
import type { Payload } from 'payload'

import type { Counts } from './campaignFigures'

export const reachSoFar = async (
  payload: Payload,
  { site, edition }: { site: number | string; edition: number | string },
): Promise<Counts> => {
  const { docs } = await payload.find({
    collection: 'reach-counts',
    where: { and: [{ site: { equals: site } }, { edition: { equals: String(edition) } }] },
    select: { isBot: true, displays: true, clicks: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const counts: Counts = { displays: 0, clicks: 0, botDisplays: 0, botClicks: 0 }
  for (const row of docs) {
    counts[row.isBot ? 'botDisplays' : 'displays'] += row.displays
    counts[row.isBot ? 'botClicks' : 'clicks'] += row.clicks
  }
  return counts
}
