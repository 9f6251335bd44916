// The shapes a backup stores, shared by export and import.
import type { Payload } from 'payload'

import type { FieldShape } from './fieldData'
import type { BackupCollection } from './manifest'

/** A document as read with `locale: 'all'` and depth 0: localized fields are `{ vi, en }`. */
export type BackupDoc = Record<string, unknown>

/** One edition: its published state (if it has one) and a newer draft (if it has one). */
export interface CampaignEntry {
  id: number | string
  published: BackupDoc | null
  draft: BackupDoc | null
}

export const mediaEntryPath = (filename: string): string => `media/${filename}`

export const collectionFields = (
  payload: Payload,
  collection: BackupCollection,
): readonly FieldShape[] =>
  payload.collections[collection].config.flattenedFields as unknown as readonly FieldShape[]
