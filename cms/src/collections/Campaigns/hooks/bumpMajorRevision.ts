import type { CollectionBeforeChangeHook } from 'payload'

import { isRestoringBackup } from '../../../hooks/restoringBackup'

/**
 * Publishing with "major update" ticked counts one more major revision; the public edition key
 * changes with it, so visitors who dismissed the banner see it again. Drafts and autosaves never
 * count, so a ticked box cannot bump twice; nobody sets the number by hand.
 */
export const bumpMajorRevision: CollectionBeforeChangeHook = ({ context, data, originalDoc }) => {
  // A restored edition keeps its count (the restore has no earlier save to count from).
  if (isRestoringBackup(context) && typeof data.majorRevision === 'number') return data
  const isMajor = data.majorUpdate === true && data._status === 'published'
  const previous = typeof originalDoc?.majorRevision === 'number' ? originalDoc.majorRevision : 0
  // The tick box is not stored: it only says what this publish means.
  const { majorUpdate, ...rest } = data
  return { ...rest, majorRevision: isMajor ? previous + 1 : previous }
}
