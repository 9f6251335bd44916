import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { signalContentChange } from '../public/changeSignal'

/** Any saved or deleted record that can appear in the public feed drops the cached responses. */
export const invalidatePublicCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  signalContentChange()
  return doc
}

export const invalidatePublicCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  signalContentChange()
  return doc
}
