import type { CollectionBeforeValidateHook } from 'payload'

type LogPush = { $push: unknown }

const isLogPush = (value: unknown): value is LogPush =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && '$push' in value

/**
 * Payload's job runner appends to a job's log as `{ $push: entry }`, a shape only its direct
 * database path understands. With `jobs.runHooks` (our jobs hooks must run) the update goes
 * through the Local API, whose validation refused it: every scheduled publish ended as a failed
 * job after it had published. The append is spelled out as the whole log instead.
 */
export const expandJobLogPush: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || !isLogPush(data.log)) return data
  const pushed = data.log.$push
  const entries = Array.isArray(pushed) ? pushed : [pushed]
  const current: unknown = originalDoc?.log
  return { ...data, log: [...(Array.isArray(current) ? current : []), ...entries] }
}
