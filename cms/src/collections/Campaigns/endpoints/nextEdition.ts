import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError, Forbidden, NotFound } from 'payload'

import { isAdminUser, managedSiteIds, relationId, sameId, type SiteId } from '../../../access/roles'
import { slugify } from '../../../fields/slugify'
import { translate } from '../../../i18n/messages'
import type { Campaign } from '../../../payload-types'
import { freeSlug } from '../freeSlug'
import { englishTexts, nextEditionData, relationIds } from '../nextEdition/nextEditionData'

const requestedIds = (value: unknown): SiteId[] =>
  Array.isArray(value)
    ? value.filter((id): id is SiteId => typeof id === 'number' || typeof id === 'string')
    : []

/** The source's ids that were asked for; anything else asked for is refused. */
const chosen = (asked: SiteId[], available: SiteId[], req: PayloadRequest): SiteId[] => {
  const unknown = asked.filter((id) => !available.some((own) => sameId(own, id)))
  if (unknown.length > 0)
    throw new APIError(translate(req, 'nextEditionUnknownRecord'), 400, null, true)
  return available.filter((own) => asked.some((id) => sameId(own, id)))
}

/** The new edition's slug from its title and year. */
const slugStem = ({ title, year }: { title: string; year: number }): string => {
  const base = slugify(title)
  return base.endsWith(String(year)) ? base : `${base}-${year}`
}

const canChange = (req: PayloadRequest, source: Campaign): boolean => {
  if (isAdminUser(req.user)) return true
  const managed = managedSiteIds(req.user)
  return source.sites.some((site) => managed.some((id) => sameId(id, relationId(site as SiteId))))
}

/**
 * POST /api/campaigns/:id/next-edition { documents?: id[], attachments?: id[] }: next year's
 * edition as a draft (see nextEditionData), made as the editor; 201 { id }. Refused with 409 and
 * the existing edition's id when the series already has that year on one of the sites.
 */
export const nextEdition: Endpoint = {
  path: '/:id/next-edition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new Forbidden(req.t)
    await addDataAndFileToRequest(req)
    const id = req.routeParams?.id as SiteId | undefined
    if (id === undefined) throw new NotFound(req.t)
    const read = (locale: 'vi' | 'en') =>
      req.payload.findByID({
        collection: 'campaigns',
        id,
        draft: true,
        depth: 0,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
    const source = await read('vi')
    if (!source) throw new NotFound(req.t)
    if (!canChange(req, source)) throw new Forbidden(req.t)

    const year = source.year + 1
    const { docs: existing } = await req.payload.find({
      collection: 'campaigns',
      where: {
        and: [
          { seriesName: { equals: source.seriesName } },
          { year: { equals: year } },
          { sites: { in: source.sites.map((site) => relationId(site as SiteId)) } },
        ],
      },
      draft: true,
      depth: 0,
      limit: 1,
      locale: 'vi',
      overrideAccess: true,
      req,
    })
    const clash = existing[0]
    if (clash) {
      throw new APIError(
        translate(req, 'nextEditionExists', { year, title: clash.title }),
        409,
        { id: clash.id },
        true,
      )
    }

    const body = (req.data ?? {}) as { documents?: unknown; attachments?: unknown }
    const data = nextEditionData(source, {
      documents: chosen(requestedIds(body.documents), relationIds(source.documents), req),
      attachments: chosen(requestedIds(body.attachments), relationIds(source.attachments), req),
    })
    const siteIds = source.sites.map((site) => relationId(site as SiteId))
    const created = await req.payload.create({
      collection: 'campaigns',
      data: { ...data, slug: await freeSlug(req, slugStem(data), siteIds) },
      draft: true,
      locale: 'vi',
      overrideAccess: false,
      req,
    })
    const english = await read('en')
    const translated = english ? englishTexts(english, created, source.year) : {}
    if (Object.keys(translated).length > 0) {
      await req.payload.update({
        collection: 'campaigns',
        id: created.id,
        data: translated,
        draft: true,
        locale: 'en',
        overrideAccess: false,
        req,
      })
    }
    return Response.json(
      { id: created.id, message: translate(req, 'nextEditionCreated', { year }) },
      { status: 201 },
    )
  },
}
