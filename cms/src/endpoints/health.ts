import type { Endpoint } from 'payload'

/** GET /api/health: 200 when the database answers, 503 when it does not (load balancers). */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'sites', overrideAccess: true, req })
      return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
    } catch {
      return Response.json(
        { status: 'unavailable' },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
  },
}
