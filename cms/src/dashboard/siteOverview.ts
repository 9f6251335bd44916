// What the admin's home page says per site the user manages: what its banner shows now, what is
// scheduled next, which drafts wait, and which series is due a new edition. Judged as the public
// API judges (shared selectEdition/phaseAt in the site's zone) from the stored editions.
import type { CalendarDate, PhaseInfo } from '@campaign/shared/schedule'
import { calendarDateIn, phaseAt, selectEdition } from '@campaign/shared/schedule'
import type { Payload } from 'payload'

import { isAdminUser, managedSiteIds, type SiteId } from '../access/roles'
import { editionWindows } from '../fields/editionWindows'
import type { Counts } from '../reach/campaignFigures'
import { reachSoFar } from '../reach/reachSoFar'
import { findScheduledPublications } from '../collections/Campaigns/listColumns/scheduledPublications'
import type { Site, User } from '../payload-types'
import type { EditionSummary, Reminder } from './seriesReminders'
import { seriesReminders } from './seriesReminders'

export interface Showing {
  id: SiteId
  title: string
  theme: string
  phase: PhaseInfo
  /** Displays and clicks counted so far (stored ones: up to one flush interval behind). */
  reach: Counts
}

export interface Scheduled {
  id: SiteId
  title: string
  /** The instant it is due, ISO; shown in the site's zone. */
  at: string
}

export interface SiteOverview {
  site: Pick<Site, 'id' | 'name' | 'slug' | 'timeZone'>
  today: CalendarDate
  showing: Showing | null
  scheduled: Scheduled[]
  drafts: Array<{ id: SiteId; title: string; year: number }>
  reminders: Reminder[]
}

const SELECT = {
  title: true,
  theme: true,
  seriesName: true,
  year: true,
  campaignWindow: true,
  displayWindow: true,
} as const

const overviewOf = async (
  payload: Payload,
  site: Site,
  at: Date,
  due: Map<string, string>,
): Promise<SiteOverview> => {
  const onSite = { sites: { in: [site.id] } }
  const [published, latest] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      where: { and: [onSite, { _status: { equals: 'published' } }] },
      select: SELECT,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    // Every edition's latest version, drafts included.
    payload.find({
      collection: 'campaigns',
      where: onSite,
      select: { ...SELECT, _status: true },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const editions = published.docs.flatMap((doc) => {
    const windows = editionWindows(doc)
    return windows ? [{ ...windows, doc, timeZone: site.timeZone }] : []
  })
  const shown = selectEdition(editions, at)
  const summaries: EditionSummary[] = latest.docs.flatMap((doc) => {
    const windows = editionWindows(doc)
    return windows
      ? [{ id: doc.id, seriesName: doc.seriesName, year: doc.year, ...windows.window }]
      : []
  })
  const today = calendarDateIn(at, site.timeZone)
  return {
    site: { id: site.id, name: site.name, slug: site.slug, timeZone: site.timeZone },
    today,
    showing: shown && {
      id: shown.doc.id,
      title: shown.doc.title,
      theme: shown.doc.theme,
      phase: phaseAt({ window: shown.window, timeZone: site.timeZone, at }),
      reach: await reachSoFar(payload, { site: site.id, edition: shown.doc.id }),
    },
    scheduled: latest.docs
      .filter((doc) => due.has(String(doc.id)))
      .map((doc) => ({ id: doc.id, title: doc.title, at: due.get(String(doc.id)) ?? '' }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    drafts: latest.docs
      .filter((doc) => doc._status === 'draft')
      .map((doc) => ({ id: doc.id, title: doc.title, year: doc.year })),
    reminders: seriesReminders(summaries, today),
  }
}

/** One overview per site the user manages (every site for an admin), by name. */
export const siteOverviews = async (
  payload: Payload,
  user: Pick<User, 'role' | 'sites'>,
  at = new Date(),
): Promise<SiteOverview[]> => {
  if (!isAdminUser(user) && managedSiteIds(user).length === 0) return []
  const { docs: sites } = await payload.find({
    collection: 'sites',
    where: isAdminUser(user) ? {} : { id: { in: managedSiteIds(user) } },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const due = await findScheduledPublications(payload)
  return Promise.all(sites.map((site) => overviewOf(payload, site, at, due)))
}
