// Where and when a campaign's published version shows, per site, judged as the public API judges
// (shared/ selectEdition: every published edition of the site, in the site's zone).
import type { CalendarDate, DateWindow } from '@campaign/shared/schedule'
import { calendarDateIn, selectEdition } from '@campaign/shared/schedule'
import type { PayloadRequest } from 'payload'

import { isAdminUser, managedSiteIds, sameId, type SiteId } from '../../../access/roles'
import { editionWindows } from '../../../fields/editionWindows'
import type { Campaign } from '../../../payload-types'

export type SiteVisibility =
  | { site: string; state: 'showing'; until: CalendarDate }
  | { site: string; state: 'later'; from: CalendarDate }
  | { site: string; state: 'ended'; ended: CalendarDate }
  | { site: string; state: 'outshone'; by: string }

export interface Visibility {
  isPublished: boolean
  sites: SiteVisibility[]
}

interface Edition {
  id: SiteId
  title: string
  window: DateWindow
  displayWindow: DateWindow
  timeZone: string
}

const editionOf = (doc: Campaign, timeZone: string): Edition | null => {
  const windows = editionWindows(doc)
  return windows && { id: doc.id, title: doc.title, ...windows, timeZone }
}

export const whereShown = async (
  req: PayloadRequest,
  id: SiteId,
  at = new Date(),
): Promise<Visibility> => {
  // The stored edition is its published version (a draft saved over it lives in versions).
  const stored = await req.payload.findByID({
    collection: 'campaigns',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!stored || stored._status !== 'published') return { isPublished: false, sites: [] }
  // Only the sites the caller manages are named: another department's site stays unnamed.
  const mine = managedSiteIds(req.user)
  const sites = stored.sites
    .filter((site) => typeof site === 'object')
    .filter((site) => isAdminUser(req.user) || mine.some((id) => sameId(id, site.id)))
  return {
    isPublished: true,
    sites: await Promise.all(
      sites.map(async (site): Promise<SiteVisibility> => {
        const edition = editionOf(stored, site.timeZone)
        const { docs } = await req.payload.find({
          collection: 'campaigns',
          where: { and: [{ sites: { in: [site.id] } }, { _status: { equals: 'published' } }] },
          select: { title: true, campaignWindow: true, displayWindow: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
        const editions = docs
          .map((doc) => editionOf(doc as Campaign, site.timeZone))
          .filter((edition) => edition !== null)
        const shown = selectEdition(editions, at)
        const today = calendarDateIn(at, site.timeZone)
        if (edition && shown && sameId(shown.id, edition.id)) {
          return { site: site.name, state: 'showing', until: edition.displayWindow.end }
        }
        if (edition && today < edition.displayWindow.start) {
          return { site: site.name, state: 'later', from: edition.displayWindow.start }
        }
        if (edition && today > edition.displayWindow.end) {
          return { site: site.name, state: 'ended', ended: edition.window.end }
        }
        return { site: site.name, state: 'outshone', by: shown?.title ?? '' }
      }),
    ),
  }
}
