// Runs one cell for one role: makes its records, attempts it, judges it by its effect (read as
// the system), checks the answer names no site the role may not see, and cleans up.
import type { CollectionSlug } from 'payload'

import type { Channel, Observation } from './channel'
import type { Site } from '../../../src/payload-types'
import type { Arrange, Case, Context, Id } from './context'
import { countById, marker, remove, storedRecord } from './context'
import { jobsOf } from './fixtures/campaigns'
import { FIXTURES } from './fixtures'
import type { Operation, Role, Subject } from './matrix'
import { READ_OPERATIONS } from './matrix'

/** A plain edit of each collection, for updates that are about who, not what. */
const EDITS: Record<Subject, () => Record<string, unknown>> = {
  campaigns: () => ({ theme: `Chủ đề đã sửa ${marker()}` }),
  documents: () => ({ issuer: `Cơ quan ${marker()}` }),
  media: () => ({ title: `Tệp ${marker()}` }),
  sites: () => ({ portalUrl: `https://${marker()}.example.org` }),
  users: () => ({ name: `Người dùng ${marker()}` }),
  'reach-counts': () => ({ displays: 1000 + Math.floor(Math.random() * 1000) }),
  'payload-locked-documents': () => ({ globalSlug: null }),
  'payload-preferences': () => ({ value: { note: marker() } }),
  'payload-kv': () => ({ data: { note: marker() } }),
  'payload-jobs': () => ({ queue: marker() }),
  'payload-migrations': () => ({ name: marker() }),
}

/**
 * Every record of a collection, keyed by id and creation time: SQLite hands a deleted record's
 * id to the next one made, as Payload's unschedule does (it queues an empty job after a cancel).
 */
const allRecords = async ({ payload }: Context, collection: CollectionSlug) => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    select: { createdAt: true },
    overrideAccess: true,
  })
  return new Map<string, Id>(
    docs.map((doc) => [`${doc.id}@${String((doc as { createdAt?: unknown }).createdAt)}`, doc.id]),
  )
}

/** What may grow when the operation runs: the subject, and the jobs a schedule adds. */
const GROWS: Partial<Record<Operation, (subject: Subject) => CollectionSlug[]>> = {
  create: (subject) => [subject],
  duplicate: (subject) => [subject],
  nextEdition: (subject) => [subject],
  firstRegister: (subject) => [subject],
  schedule: () => ['payload-jobs'],
  // Payload's unschedule queues an empty job after the cancelled one is gone.
  unschedule: () => ['payload-jobs'],
}

/** The effect each operation has by default, given the records as they were before. */
const defaultEffect = async (
  ctx: Context,
  subject: Subject,
  operation: Operation,
  made: Case,
  before: { updatedAt: unknown; records: Map<CollectionSlug, Map<string, Id>> },
): Promise<boolean> => {
  const id: Id = made.id ?? ''
  switch (operation) {
    case 'update':
      return (await storedRecord(ctx, subject, id))?.updatedAt !== before.updatedAt
    case 'delete':
      return (await countById(ctx, subject, id)) === 0
    case 'duplicate':
    case 'nextEdition': {
      const now = await allRecords(ctx, subject)
      return [...now.keys()].some((key) => !before.records.get(subject)?.has(key))
    }
    case 'publish':
      return (await storedRecord(ctx, subject, id))?._status === 'published'
    case 'schedule':
      return (await jobsOf(ctx, id)).length > 0
    case 'unschedule':
      return (await jobsOf(ctx, id)).length === 0
    default:
      throw new Error(`${subject} ${operation}: the case must say how to see its effect`)
  }
}

/** Names and slugs of the sites a role may not see: its answers must never contain them. */
const hiddenSites = ({ world }: Context, role: Role): string[] => {
  const hidden: Record<Role, Site[]> = {
    anonymous: [world.siteA, world.siteB],
    editorA: [world.siteB],
    editorB: [world.siteA],
    admin: [],
  }
  return hidden[role].flatMap((site) => [site.name, site.slug])
}

/** The name as a whole word (Site a, not Site ab), whatever characters it holds. */
const wholeWord = (name: string): RegExp => {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${escaped}(?![\\w-])`)
}

const judge = async (
  ctx: Context,
  role: Role,
  operation: Operation,
  observed: Observation,
  tookEffect: () => Promise<boolean>,
): Promise<string> => {
  if (observed.problem) return observed.problem
  if (observed.status >= 500)
    return `failed with ${observed.status}: ${observed.body.slice(0, 300)}`
  const named = hiddenSites(ctx, role).find((name) => wholeWord(name).test(observed.body))
  if (named) return `answered with "${named}", a site ${role} may not see`
  const isEffective = READ_OPERATIONS.has(operation)
    ? Boolean(observed.isReturned)
    : await tookEffect()
  if (isEffective && observed.status >= 400)
    return `took effect, yet answered ${observed.status}: ${observed.body.slice(0, 300)}`
  return isEffective ? 'allowed' : 'denied'
}

export const runCell = async (
  channel: Channel,
  ctx: Context,
  cell: { subject: Subject; operation: Operation; target: string; role: Role },
): Promise<string> => {
  const { subject, operation, target, role } = cell
  const arrange = (FIXTURES[subject] as Record<string, Arrange>)[target]
  if (!arrange) throw new Error(`no fixture for ${subject}: ${target}`)
  const arranged = await arrange(ctx, role, operation)
  const made: Case = {
    ...arranged,
    data: arranged.data ?? (operation === 'update' ? EDITS[subject]() : undefined),
  }
  const grows = GROWS[operation]?.(subject) ?? []
  const before = {
    updatedAt:
      operation === 'update' && made.id !== undefined
        ? (await storedRecord(ctx, subject, made.id))?.updatedAt
        : undefined,
    records: new Map(
      await Promise.all(grows.map(async (slug) => [slug, await allRecords(ctx, slug)] as const)),
    ),
  }
  try {
    const observed = await channel.perform({ ctx, subject, operation, target, role, case: made })
    return await judge(
      ctx,
      role,
      operation,
      observed,
      made.tookEffect ?? (() => defaultEffect(ctx, subject, operation, made, before)),
    )
  } finally {
    await made.cleanup?.()
    // Whatever the operation made that the case's own cleanup did not remove.
    for (const [slug, records] of before.records) {
      const now = await allRecords(ctx, slug)
      await remove(
        ctx,
        slug,
        [...now].filter(([key]) => !records.has(key)).map(([, id]) => id),
      )
    }
  }
}
