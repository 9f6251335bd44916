import type { RequestContext } from 'payload'

/**
 * Set in `context` by `pnpm run import`: hooks that derive a stored value from the previous
 * save (which a restore does not have) keep the value the backup holds instead.
 */
export const RESTORING_BACKUP = 'restoringBackup'

export const isRestoringBackup = (context: RequestContext | undefined): boolean =>
  context?.[RESTORING_BACKUP] === true
