// Refuses to delete a record that others still point at, naming what uses it. Otherwise SQLite
// would silently drop the links (its foreign keys cascade) and MongoDB would keep dead ids that
// then fail validation: either way a published campaign would change without anyone editing it.
import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'
import { APIError } from 'payload'

import { messageLanguage, translate } from '../i18n/messages'

export interface Reference {
  collection: CollectionSlug
  /** A relationship or upload field, single or hasMany. */
  field: string
}

export const refuseDeleteWhileUsed =
  (references: readonly Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const language = messageLanguage(req)
    const uses = await Promise.all(
      references.map(async ({ collection, field }) => {
        const { totalDocs } = await req.payload.count({
          collection,
          where: { [field]: { in: [id] } },
          overrideAccess: true,
          req,
        })
        const plural = req.payload.collections[collection].config.labels.plural
        const label = typeof plural === 'object' ? (plural[language] ?? collection) : collection
        return totalDocs > 0 ? `${totalDocs} ${label.toLocaleLowerCase(language)}` : null
      }),
    )
    const used = uses.filter((use) => use !== null)
    if (used.length > 0)
      throw new APIError(translate(req, 'stillInUse', { uses: used.join(', ') }), 409, null, true)
  }
