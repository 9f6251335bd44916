// What a matrix case is made of: the records it acts on, what it sends, and how to tell whether
// it took effect (read as the system, never through the channel under test).
import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../../src/payload-types'
import type { World } from '../world'
import type { Operation, Role, Subject, TargetOf } from './matrix'

export type Id = number | string

export interface Context {
  payload: Payload
  world: World
}

/** The account a role signs in with; anonymous has none. */
export const userOf = ({ world }: Context, role: Role): User | null =>
  role === 'anonymous' ? null : world[role]

export interface Case {
  /** The record the operation addresses (absent for create). */
  id?: Id
  /** What create, update and duplicate send; update sends the collection's plain edit without it. */
  data?: Record<string, unknown>
  /** The file an upload's create sends. */
  file?: { data: Buffer; name: string; mimetype: string }
  /** A preference's key (Payload's REST addresses preferences by key). */
  key?: string
  /** An upload's stored file name. */
  filename?: string
  /** The version restore brings back. */
  versionId?: Id
  /** The job unschedule cancels and readSchedule lists. */
  jobId?: Id
  /** The account unlock unlocks. */
  email?: string
  /** Whether the operation took effect; each operation has a default (see effects.ts). */
  tookEffect?: () => Promise<boolean>
  /** Removes what the case made, and restores what it may have changed. */
  cleanup?: () => Promise<void>
}

/** Makes a case's records, fresh for every role and channel. */
export type Arrange = (ctx: Context, role: Role, operation: Operation) => Promise<Case>

export type SubjectFixtures<S extends Subject> = Record<TargetOf<S>, Arrange>

/** A string no other case uses, to find what a case made. */
export const marker = (): string => `m${randomBytes(4).toString('hex')}`

export const countById = async (
  { payload }: Context,
  collection: CollectionSlug,
  id: Id,
): Promise<number> =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs

/** The record as stored now, drafts included; null once it is gone. */
export const storedRecord = async (
  { payload }: Context,
  collection: CollectionSlug,
  id: Id,
): Promise<Record<string, unknown> | null> => {
  const doc: unknown = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : null
}

/** Deletes records as the system, ignoring those already gone. */
export const remove = async (
  { payload }: Context,
  collection: CollectionSlug,
  ids: Id[],
): Promise<void> => {
  if (ids.length > 0)
    await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true })
}
