import type { Access } from 'payload'

import { editorOfSite } from './editorOfSite'

/**
 * Campaign reads: anonymous callers get published editions only (never drafts), admins get
 * everything, editors every edition of the sites they manage and nothing of other sites.
 */
export const publishedOrEditorOfSite: Access = (args) =>
  args.req.user ? editorOfSite(args) : { _status: { equals: 'published' } }
