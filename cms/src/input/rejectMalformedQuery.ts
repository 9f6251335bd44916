import type { CollectionBeforeOperationHook } from 'payload'
import { executeAccess } from 'payload'

import { isWellFormedId } from './idFormat'
import { InvalidInput } from './invalidInput'
import { whereProblem } from './whereProblem'

// The access rule each querying operation runs under (Payload runs it right after this hook).
const ACCESS_OF = new Map<string, 'read' | 'readVersions' | 'update' | 'delete'>([
  ['read', 'read'],
  ['count', 'read'],
  ['readDistinct', 'read'],
  ['countVersions', 'readVersions'],
  ['update', 'update'],
  ['delete', 'delete'],
])

/**
 * Refuses what REST and GraphQL callers send that no document can match: a `where` value its
 * field cannot hold (400) and an id the database cannot have (404). The Local API is our own
 * code, which builds its queries from checked values.
 */
export const rejectMalformedQuery: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  // With errors disabled, Payload's caller expects null for a missing document, not an error.
  const isErrorExpected = !('disableErrors' in args && args.disableErrors === true)
  if ('id' in args && args.id !== undefined && isErrorExpected) {
    if (!isWellFormedId(req.payload, args.id, collection.slug)) {
      throw new InvalidInput(req, 404, 'idNotFound', { id: String(args.id) })
    }
  }
  const accessKey = ACCESS_OF.get(operation)
  if (!('where' in args) || args.where === undefined || !accessKey) return args
  // A caller who may not query this collection at all gets Payload's 403, and learns nothing of
  // its fields from our messages.
  const access = args.overrideAccess
    ? true
    : await executeAccess({ disableErrors: true, req }, collection.access[accessKey])
  if (!access) return args
  const problem = whereProblem(args.where, { payload: req.payload, collection })
  if (problem) throw new InvalidInput(req, 400, problem.key, problem.vars)
  return args
}
