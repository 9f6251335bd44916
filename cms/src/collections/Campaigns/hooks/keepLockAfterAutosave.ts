// Payload's document lock (who is editing what) is taken at an editor's first change and dropped
// by every save: with autosave every two seconds, it barely exists, so a second editor opening
// the campaign is not told that someone is editing it (upstream payload#11604, #14477). After an
// autosave from the admin the editor is still in the document: the lock is put back in their
// name, in the save's own transaction. It ends as Payload's does: when they leave the document,
// publish, another editor takes it over, or after the lock's duration without a change.
import type { CollectionAfterChangeHook } from 'payload'

const isAutosave = (query: unknown): boolean =>
  String((query as { autosave?: unknown } | undefined)?.autosave) === 'true'

export const keepLockAfterAutosave: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.user || !isAutosave(req.query)) return doc
  if (collection.lockDocuments === false) return doc
  // The save itself just removed every lock on the document (Payload's checkDocumentLockStatus).
  await req.payload.db.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: collection.slug, value: doc.id },
      globalSlug: undefined,
      user: { relationTo: req.user.collection, value: req.user.id },
    },
    req,
    returning: false,
  })
  return doc
}
