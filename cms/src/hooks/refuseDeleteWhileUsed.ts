// Refuses to delete a record that others still point at, naming what uses it. Otherwise SQLite
// would silently drop the links (its foreign keys cascade) and MongoDB would keep dead ids that
// then fail validation: either way a campaign would change without anyone editing it. Drafts and
// saved versions count too: publishing that draft, or restoring that version, needs the record.
import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { messageLanguage, translate } from '../i18n/messages'

export interface Reference {
  collection: CollectionSlug
  /** A relationship or upload field, single or hasMany. */
  field: string
}

type Id = number | string

/** The records of `collection` whose `field` holds `id`, in their current state or any version. */
const usersOf = async (
  req: PayloadRequest,
  { collection, field }: Reference,
  id: Id,
): Promise<number> => {
  const current = await req.payload.find({
    collection,
    where: { [field]: { in: [id] } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set(current.docs.map((doc) => String(doc.id)))
  if (req.payload.collections[collection].config.versions) {
    const versions = await req.payload.findVersions({
      collection,
      where: { [`version.${field}`]: { in: [id] } },
      select: { parent: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const version of versions.docs) {
      const parent: unknown = version.parent
      if (typeof parent === 'object' && parent !== null && 'id' in parent)
        ids.add(String(parent.id))
      else if (parent !== undefined && parent !== null) ids.add(String(parent as Id))
    }
  }
  return ids.size
}

export const refuseDeleteWhileUsed =
  (references: readonly Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const language = messageLanguage(req)
    const uses = await Promise.all(
      references.map(async (reference) => {
        const count = await usersOf(req, reference, id)
        const plural = req.payload.collections[reference.collection].config.labels.plural
        const label =
          typeof plural === 'object'
            ? (plural[language] ?? reference.collection)
            : reference.collection
        return count > 0 ? `${count} ${label.toLocaleLowerCase(language)}` : null
      }),
    )
    const used = uses.filter((use) => use !== null)
    if (used.length > 0)
      throw new APIError(translate(req, 'stillInUse', { uses: used.join(', ') }), 409, null, true)
  }
