import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { announcePublicChange } from '../public/changeMarker'

/**
 * Any saved or deleted record that can appear in the public feed drops the cached responses, in
 * this process at once and in the others through the database's change marker.
 */
export const invalidatePublicCacheAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announcePublicChange(req)
  return doc
}

export const invalidatePublicCacheAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announcePublicChange(req)
  return doc
}
