import type { PayloadRequest } from 'payload'

import { mayUpdateDocument } from './mayUpdateDocument'

interface FormStateArgs {
  collectionSlug?: string
  id?: number | string
  returnLockStatus?: boolean
  req: PayloadRequest
}

/**
 * The admin's form-state server function locks the document it builds state for whenever it is
 * asked for the lock status, checking nothing about that document (Payload writes the lock to
 * the database directly). Asked by someone who may not edit the document, it builds the state
 * without locking: an editor of one site cannot lock another site's campaigns through it.
 */
export const withoutForeignLock = async <Args extends FormStateArgs>(args: Args): Promise<Args> => {
  const { collectionSlug, id, returnLockStatus, req } = args
  if (!returnLockStatus || !collectionSlug || id === undefined) return args
  const isEditable = await mayUpdateDocument({ req, collection: collectionSlug, id })
  return isEditable ? args : { ...args, returnLockStatus: false }
}
