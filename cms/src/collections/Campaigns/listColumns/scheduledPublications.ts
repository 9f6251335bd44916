import type { Payload, PayloadRequest } from 'payload'

const KEY = 'campaign-list:scheduled-publications'

/** When each campaign is due to be published, by id, from the jobs still waiting. */
export const findScheduledPublications = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<Map<string, string>> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byCampaign = new Map<string, string>()
  for (const job of docs) {
    const input = job.input as { doc?: { relationTo?: string; value?: unknown }; type?: string }
    if (input.doc?.relationTo !== 'campaigns' || input.type === 'unpublish') continue
    if (job.waitUntil) byCampaign.set(String(input.doc.value), job.waitUntil)
  }
  return byCampaign
}

/** The same, read once per request however many list rows ask. */
export const scheduledPublications = (req: PayloadRequest): Promise<Map<string, string>> => {
  const memo = req.context[KEY] as Promise<Map<string, string>> | undefined
  if (memo) return memo
  const due = findScheduledPublications(req.payload, req)
  req.context[KEY] = due
  return due
}
