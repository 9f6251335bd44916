// Builds the public responses through Payload's Local API as an anonymous reader, so the
// collections' own access rules (published only) apply as well as our explicit filter.
import type {
  CampaignArchiveResponse,
  CurrentCampaignResponse,
  Locale,
  PublicCampaign,
} from '@campaign/shared/contract'
import { addDays, calendarDateIn } from '@campaign/shared/schedule'
import type { Payload, TypedUser, Where } from 'payload'

import { toStoredCalendarDate } from '../fields/calendarDateValue'
import type { Campaign, Site } from '../payload-types'
import { currentResponse, toPublicSite } from './currentResponse'
import { toPublicCampaign } from './toPublicCampaign'

/** Editions further than this from today can neither be live nor inside their display window. */
const SEARCH_MARGIN_DAYS = 400

export interface BuildContext {
  payload: Payload
  site: Site
  locale: Locale
  at: Date
  publicUrl: string
  /** Preview only: an editor reading drafts. Public responses never set it. */
  previewUser?: TypedUser
}

const findEditions = async (
  { payload, site, locale, previewUser }: BuildContext,
  extra: Where[],
): Promise<Campaign[]> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { sites: { in: [site.id] } },
        ...(previewUser ? [] : [{ _status: { equals: 'published' } }]),
        ...extra,
      ],
    },
    locale,
    fallbackLocale: 'vi',
    depth: 2,
    draft: Boolean(previewUser),
    overrideAccess: false,
    user: previewUser,
    sort: '-campaignWindow.start',
    pagination: false,
  })
  return docs
}

const toPublic = (context: BuildContext, docs: Campaign[]): PublicCampaign[] =>
  docs
    .map((doc) =>
      toPublicCampaign({
        doc,
        locale: context.locale,
        timeZone: context.site.timeZone,
        publicUrl: context.publicUrl,
        at: context.at,
      }),
    )
    .filter((campaign) => campaign !== null)

/** What the site shows now: a live edition, an upcoming or recent one in its display window. */
export const buildCurrentCampaign = async (
  context: BuildContext,
): Promise<CurrentCampaignResponse> => {
  const today = calendarDateIn(context.at, context.site.timeZone)
  const docs = await findEditions(context, [
    {
      'campaignWindow.end': {
        greater_than_equal: toStoredCalendarDate(addDays(today, -SEARCH_MARGIN_DAYS)),
      },
    },
    {
      'campaignWindow.start': {
        less_than_equal: toStoredCalendarDate(addDays(today, SEARCH_MARGIN_DAYS)),
      },
    },
  ])
  return currentResponse({ site: context.site, at: context.at, editions: toPublic(context, docs) })
}

/** Published editions of a site, newest first, optionally of one year (an archive page). */
export const buildArchive = async (
  context: BuildContext,
  year: number | null,
): Promise<CampaignArchiveResponse> => {
  const docs = await findEditions(context, year === null ? [] : [{ year: { equals: year } }])
  return {
    version: 1,
    serverTime: context.at.toISOString(),
    site: toPublicSite(context.site),
    year,
    campaigns: toPublic(context, docs),
  }
}
