// Work that must wait until a change is visible to other connections: inside a database
// transaction (MongoDB replica set) it runs once the transaction commits, and is dropped if it
// rolls back; without one (SQLite here) it runs at once. Payload has no after-commit hook, so the
// adapter's commit and rollback are wrapped, once per adapter.
import type { DatabaseAdapter, PayloadRequest } from 'payload'

type TransactionId = number | string
type Work = () => Promise<void>

const WRAPPED = Symbol.for('campaign-banner.after-commit')

type Wrappable = DatabaseAdapter & { [WRAPPED]?: Map<TransactionId, Work[]> }

const resolveId = async (id: unknown): Promise<TransactionId | null> => {
  const value = await id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

const pendingOf = (db: Wrappable): Map<TransactionId, Work[]> => {
  const existing = db[WRAPPED]
  if (existing) return existing
  const pending = new Map<TransactionId, Work[]>()
  db[WRAPPED] = pending
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = await resolveId(id)
    await commit(id)
    const works = key === null ? undefined : pending.get(key)
    if (key !== null) pending.delete(key)
    for (const work of works ?? []) await work()
  }
  db.rollbackTransaction = async (id) => {
    const key = await resolveId(id)
    if (key !== null) pending.delete(key)
    await rollback(id)
  }
  return pending
}

/** Runs `work` once the request's transaction (if any) has committed. */
export const afterCommit = async (req: PayloadRequest, work: Work): Promise<void> => {
  const key = await resolveId(req.transactionID)
  if (key === null) return work()
  const pending = pendingOf(req.payload.db as Wrappable)
  pending.set(key, [...(pending.get(key) ?? []), work])
}
