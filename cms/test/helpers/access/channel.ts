import type { Case, Context } from './context'
import type { Operation, Role, Subject } from './matrix'

/** What came back: its status (or the status an error carried) and its text. */
export interface Observation {
  status: number
  body: string
  /** For reads: whether the record (list, file, version, schedule) came back. */
  isReturned?: boolean
  /** Set when the request itself was malformed, or the ways of reading disagreed. */
  problem?: string
}

export interface Attempt {
  ctx: Context
  subject: Subject
  operation: Operation
  target: string
  role: Role
  case: Case
}

/** A way in: REST, GraphQL, the admin's server functions, the Local API. */
export interface Channel {
  name: string
  /** Whether this channel can attempt the cell at all. */
  performs: (subject: Subject, operation: Operation, target: string) => boolean
  /** Why every role is refused here whatever the matrix says (a way that cannot do it). */
  refusesEveryone?: (subject: Subject, operation: Operation) => string | undefined
  perform: (attempt: Attempt) => Promise<Observation>
}

/** The status a failed operation carried (Payload's errors have one; others are 500). */
export const statusOf = (error: unknown): number => {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined
  return typeof status === 'number' ? status : 500
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)
