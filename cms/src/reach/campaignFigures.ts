// A campaign's reach figures as its editor may see them: per day over the edition's windows (and
// any other day something was counted), and totals per site and snippet kind, people and bots
// apart. Rows are read with the caller's access, so an editor sees the sites they manage only.
import type { CalendarDate } from '@campaign/shared/schedule'
import { addDays } from '@campaign/shared/schedule'
import type { PayloadRequest } from 'payload'

import { editionWindows } from '../fields/editionWindows'
import type { ReachKind } from './reachKinds'
import { REACH_KINDS } from './reachKinds'

export interface Counts {
  displays: number
  clicks: number
  botDisplays: number
  botClicks: number
}

export interface DayFigures extends Counts {
  day: CalendarDate
}

export interface SiteKindFigures extends Counts {
  site: string
  kind: ReachKind
}

export interface CampaignFigures {
  title: string
  /** The first and last day listed, inclusive. */
  from: CalendarDate | null
  to: CalendarDate | null
  days: DayFigures[]
  bySiteAndKind: SiteKindFigures[]
  total: Counts
}

/** Longest span of days listed, whatever the windows say (a decade-long display window). */
const MAX_DAYS = 400

const zero = (): Counts => ({ displays: 0, clicks: 0, botDisplays: 0, botClicks: 0 })

const addRow = (into: Counts, row: { displays: number; clicks: number; isBot: boolean }) => {
  if (row.isBot) {
    into.botDisplays += row.displays
    into.botClicks += row.clicks
  } else {
    into.displays += row.displays
    into.clicks += row.clicks
  }
}

/** The figures, or null when the caller may not read the campaign. */
export const campaignFigures = async (
  req: PayloadRequest,
  id: number | string,
): Promise<CampaignFigures | null> => {
  const campaign = await req.payload.findByID({
    collection: 'campaigns',
    id,
    draft: true,
    depth: 0,
    select: { title: true, campaignWindow: true, displayWindow: true },
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!campaign) return null
  const { docs: rows } = await req.payload.find({
    collection: 'reach-counts',
    where: { edition: { equals: String(campaign.id) } },
    select: { site: true, day: true, kind: true, isBot: true, displays: true, clicks: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const siteIds = [...new Set(rows.map((row) => row.site))]
  const { docs: sites } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: siteIds } },
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const siteNames = new Map(sites.map((site) => [String(site.id), site.name]))

  const byDay = new Map<string, Counts>()
  const bySiteAndKind = new Map<string, SiteKindFigures>()
  const total = zero()
  for (const row of rows) {
    const day = byDay.get(row.day) ?? zero()
    byDay.set(row.day, day)
    addRow(day, row)
    const site = siteNames.get(String(row.site)) ?? String(row.site)
    const key = `${site}|${row.kind}`
    const entry = bySiteAndKind.get(key) ?? { site, kind: row.kind, ...zero() }
    bySiteAndKind.set(key, entry)
    addRow(entry, row)
    addRow(total, row)
  }

  const windows = editionWindows(campaign)
  const ends = [...byDay.keys()]
  if (windows)
    ends.push(
      windows.window.start,
      windows.window.end,
      windows.displayWindow.start,
      windows.displayWindow.end,
    )
  ends.sort()
  const from = ends[0] ?? null
  const last = ends.at(-1) ?? null
  const days: DayFigures[] = []
  for (let day = from; day && last && day <= last && days.length < MAX_DAYS; day = addDays(day, 1))
    days.push({ day, ...(byDay.get(day) ?? zero()) })
  return {
    title: campaign.title,
    from,
    to: days.at(-1)?.day ?? null,
    days,
    bySiteAndKind: [...bySiteAndKind.values()].sort(
      (a, b) =>
        a.site.localeCompare(b.site, 'vi') ||
        REACH_KINDS.indexOf(a.kind) - REACH_KINDS.indexOf(b.kind),
    ),
    total,
  }
}
