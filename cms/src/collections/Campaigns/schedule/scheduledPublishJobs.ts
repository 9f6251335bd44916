// A campaign's scheduled publications are Payload's own `schedulePublish` jobs, queued as Payload's
// publish drawer queues them (schedulePublishHandler in @payloadcms/ui): the job publishes every
// locale as the user who scheduled it. Queued with the caller's request, so the jobs collection's
// hooks (refuseSchedulingUneditable, guardScheduledPublishJobs) judge the caller too.
import type { PayloadRequest, Where } from 'payload'

import type { SiteId } from '../../../access/roles'
import type { TaskSchedulePublish } from '../../../payload-types'

export interface ScheduledPublication {
  id: SiteId
  /** ISO instant the job waits until. */
  at: string
}

const pendingWhere = (campaign: SiteId): Where => ({
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { 'input.doc.relationTo': { equals: 'campaigns' } },
    { 'input.doc.value': { equals: String(campaign) } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
})

/** The campaign's publications still waiting, soonest first (unpublish jobs left out). */
export const scheduledPublicationsOf = async (
  req: PayloadRequest,
  campaign: SiteId,
): Promise<ScheduledPublication[]> => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingWhere(campaign),
    sort: 'waitUntil',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((job) => {
    const input = job.input as { type?: string } | null
    return input?.type !== 'unpublish' && job.waitUntil ? [{ id: job.id, at: job.waitUntil }] : []
  })
}

export const schedulePublication = async ({
  req,
  campaign,
  at,
  timeZone,
}: {
  req: PayloadRequest
  campaign: SiteId
  at: Date
  timeZone: string
}): Promise<ScheduledPublication> => {
  const user = req.user
  const input = {
    type: 'publish',
    // A string, as Payload's drawer stores it (its job turns it back into an id, payload#10481)
    // and as the list's and the dashboard's "đã hẹn giờ" look it up.
    doc: { relationTo: 'campaigns', value: String(campaign) },
    timezone: timeZone,
    user: user ? { relationTo: user.collection, value: user.id } : undefined,
  }
  const job = await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: input as unknown as TaskSchedulePublish['input'],
    waitUntil: at,
    req,
  })
  return { id: job.id, at: at.toISOString() }
}

/** Cancels one of the campaign's waiting publications; false when it has no such job. */
export const cancelPublication = async ({
  req,
  campaign,
  job,
}: {
  req: PayloadRequest
  campaign: SiteId
  job: SiteId
}): Promise<boolean> => {
  const waiting = await scheduledPublicationsOf(req, campaign)
  const found = waiting.find((each) => String(each.id) === String(job))
  if (!found) return false
  await req.payload.delete({
    collection: 'payload-jobs',
    id: found.id,
    overrideAccess: true,
    req,
  })
  return true
}
