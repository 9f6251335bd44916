// Who a user is, read off the authenticated user; ids may be numbers (SQLite) or strings (MongoDB).
import type { User } from '../payload-types'

export type SiteId = number | string

type MaybeUser = Partial<Pick<User, 'role' | 'sites'>> | null | undefined

export const isAdminUser = (user: MaybeUser): boolean => user?.role === 'admin'

export const isEditorUser = (user: MaybeUser): boolean => user?.role === 'editor'

/** A relationship value is an id or, at depth > 0, the populated document. */
export const relationId = (value: SiteId | { id: SiteId }): SiteId =>
  typeof value === 'object' ? value.id : value

export const managedSiteIds = (user: MaybeUser): SiteId[] =>
  (user?.sites ?? []).map((site) => relationId(site))

export const sameId = (a: SiteId, b: SiteId): boolean => String(a) === String(b)
