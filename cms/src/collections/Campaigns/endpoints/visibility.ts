import type { Endpoint } from 'payload'
import { Forbidden, NotFound } from 'payload'

import type { SiteId } from '../../../access/roles'
import { whereShown } from '../visibility/whereShown'

/**
 * GET /api/campaigns/:id/visibility: where and when the published version shows now, per site,
 * for the editor's status line after every save (only to those who may read the campaign).
 */
export const visibility: Endpoint = {
  path: '/:id/visibility',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new Forbidden(req.t)
    const id = req.routeParams?.id as SiteId | undefined
    const readable =
      id !== undefined &&
      (await req.payload.findByID({
        collection: 'campaigns',
        id,
        draft: true,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
        req,
      }))
    if (!readable || id === undefined) throw new NotFound(req.t)
    return Response.json(await whereShown(req, id), {
      headers: { 'cache-control': 'private, no-store' },
    })
  },
}
