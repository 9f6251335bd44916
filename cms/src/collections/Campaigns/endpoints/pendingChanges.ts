import type { Endpoint } from 'payload'

import { messageLanguage } from '../../../i18n/messages'
import { editableCampaign } from '../editableCampaign'
import { pendingChanges } from '../pendingChanges/pendingChanges'
import type { PendingChangesAnswer } from '../pendingChanges/pendingChangesText'

/**
 * GET /api/campaigns/:id/pending-changes: the fields whose draft differs from the latest
 * published version, labelled in the caller's admin language, per content language (see
 * pendingChanges). Editors of the campaign's sites and admins only.
 */
export const readPendingChanges: Endpoint = {
  path: '/:id/pending-changes',
  method: 'get',
  handler: async (req) => {
    const { id } = await editableCampaign(req)
    const read = {
      collection: 'campaigns',
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      req,
    } as const
    const [draft, { docs }] = await Promise.all([
      req.payload.findByID({ ...read, id, draft: true }),
      req.payload.findVersions({
        ...read,
        where: {
          and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }],
        },
        sort: '-updatedAt',
        limit: 1,
      }),
    ])
    const published = docs[0]?.version
    const locales = (req.payload.config.localization || { localeCodes: [] }).localeCodes
    const answer: PendingChangesAnswer = {
      hasPublished: published !== undefined,
      changes: published
        ? pendingChanges({
            fields: req.payload.collections.campaigns.config.fields,
            published: published as unknown as Record<string, unknown>,
            draft: draft as unknown as Record<string, unknown>,
            locales,
            language: messageLanguage(req),
          })
        : [],
    }
    return Response.json(answer, { headers: { 'cache-control': 'private, no-store' } })
  },
}
