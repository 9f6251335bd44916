import type { Endpoint } from 'payload'
import { NotFound } from 'payload'

/**
 * `DELETE /api/payload-preferences/:key` for a key the caller keeps no preference under: a 404.
 * Payload's SQLite adapter answers 500 there (its fallback lookup drops the join the condition on
 * the preference's user needs); MongoDB already answers 404.
 */
export const answerMissingPreference = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (req.user) {
      const { totalDocs } = await req.payload.count({
        collection: 'payload-preferences',
        where: {
          and: [
            { key: { equals: req.routeParams?.key } },
            { 'user.relationTo': { equals: req.user.collection } },
            { 'user.value': { equals: req.user.id } },
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) throw new NotFound(req.t)
    }
    return endpoint.handler(req)
  },
})
