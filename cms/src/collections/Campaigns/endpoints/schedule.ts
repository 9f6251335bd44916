import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import type { SiteId } from '../../../access/roles'
import { editableCampaign } from '../editableCampaign'
import { campaignTimeZone } from '../listColumns/siteTimeZones'
import { scheduleMessage } from '../schedule/scheduleMessages'
import {
  cancelPublication,
  scheduledPublicationsOf,
  schedulePublication,
  type ScheduledPublication,
} from '../schedule/scheduledPublishJobs'
import { formatSiteDateTime, parseSiteDateTime } from '../schedule/siteDateTime'

const PRIVATE = { 'cache-control': 'private, no-store' }

const refusal = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status, headers: PRIVATE })

/** The campaign's waiting publications with their time as the site reads it. */
const scheduleAnswer = async (req: PayloadRequest, id: SiteId, timeZone: string) => ({
  timeZone,
  scheduled: (await scheduledPublicationsOf(req, id)).map((each: ScheduledPublication) => ({
    ...each,
    text: formatSiteDateTime(each.at, timeZone),
  })),
})

/**
 * GET /api/campaigns/:id/schedule: the campaign's scheduled publications (soonest first) and its
 * site's time zone, for "Hẹn giờ xuất bản". Editors of the campaign's sites and admins only.
 */
export const readSchedule: Endpoint = {
  path: '/:id/schedule',
  method: 'get',
  handler: async (req) => {
    const { id, campaign } = await editableCampaign(req)
    const timeZone = await campaignTimeZone(req, campaign.sites)
    return Response.json(await scheduleAnswer(req, id, timeZone), { headers: PRIVATE })
  },
}

/**
 * POST /api/campaigns/:id/schedule { at: 'dd/MM/yyyy HH:mm' }: publish the campaign (every
 * language) at that time in its site's zone, through Payload's schedulePublish job. 400 with the
 * reason for a time that cannot be read or has passed; 201 with the schedule after it.
 */
export const addSchedule: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    const { id, campaign } = await editableCampaign(req)
    await addDataAndFileToRequest(req)
    const timeZone = await campaignTimeZone(req, campaign.sites)
    const text = (req.data as { at?: unknown } | undefined)?.at
    const at = typeof text === 'string' ? parseSiteDateTime(text, timeZone) : null
    if (!at) return refusal(scheduleMessage(req, 'timeFormat'), 400)
    const now = new Date()
    if (at.getTime() <= now.getTime()) {
      const vars = {
        at: formatSiteDateTime(at, timeZone),
        now: formatSiteDateTime(now, timeZone),
        zone: timeZone,
      }
      return refusal(scheduleMessage(req, 'timeInPast', vars), 400)
    }
    await schedulePublication({ req, campaign: id, at, timeZone })
    const message = scheduleMessage(req, 'scheduled', { at: formatSiteDateTime(at, timeZone) })
    return Response.json(
      { message, ...(await scheduleAnswer(req, id, timeZone)) },
      { status: 201, headers: PRIVATE },
    )
  },
}

/** DELETE /api/campaigns/:id/schedule/:job: cancels one of the campaign's scheduled publications. */
export const cancelSchedule: Endpoint = {
  path: '/:id/schedule/:job',
  method: 'delete',
  handler: async (req) => {
    const { id, campaign } = await editableCampaign(req)
    const job = req.routeParams?.job as SiteId | undefined
    const isCancelled = job !== undefined && (await cancelPublication({ req, campaign: id, job }))
    if (!isCancelled) return refusal(scheduleMessage(req, 'notScheduled'), 404)
    const timeZone = await campaignTimeZone(req, campaign.sites)
    return Response.json(
      { message: scheduleMessage(req, 'cancelled'), ...(await scheduleAnswer(req, id, timeZone)) },
      { headers: PRIVATE },
    )
  },
}
