import type { PayloadRequest } from 'payload'

import type { SiteId } from '../../access/roles'

/** `stem`, or `stem-2`, `stem-3`…: the first slug no campaign of these sites uses yet. */
export const freeSlug = async (
  req: PayloadRequest,
  stem: string,
  siteIds: SiteId[],
): Promise<string> => {
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: { and: [{ slug: { like: stem } }, { sites: { in: siteIds } }] },
    select: { slug: true },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  let slug = stem
  for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`
  return slug
}
