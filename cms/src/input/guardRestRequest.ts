// Checks the shape of a REST request before Payload's handler parses it: what Payload would
// choke on there (an id parsed to NaN, `where=` that is not JSON, `limit=1.5`, a JSON body that
// is not an object) gets a 400 or 404 here instead of a 500.
import type { Endpoint, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { isWellFormedId } from './idFormat'
import { InvalidInput } from './invalidInput'
import { shown } from './messages'

/** Payload's routes whose `:id` is a document's id (elsewhere, e.g. `/verify/:id`, a token). */
const DOCUMENT_ID_ROUTES = new Set([
  '/:id',
  '/:id/duplicate',
  '/access/:id?',
  '/paste-url/:id?',
  '/:id/api-key/reveal',
])
const VERSION_ROUTES = new Set(['/versions', '/versions/:id'])
const WHOLE_NUMBER_PARAMS = new Map([
  ['depth', 0],
  ['limit', 0],
  ['page', 1],
])
const JSON_PARAMS = ['where', 'data']

const isPlainObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const parseJson = (text: string): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}

/** Routes Payload adds whatever the collection's options, and answers with a 500 without them. */
const checkRouteApplies = (
  req: PayloadRequest,
  route: string,
  collection: SanitizedCollectionConfig,
) => {
  if (VERSION_ROUTES.has(route) && !collection.versions) {
    throw new InvalidInput(req, 404, 'noVersions')
  }
  // Looks up a verification token the collection does not store.
  if (route === '/verify/:id' && !(collection.auth && collection.auth.verify)) {
    throw new InvalidInput(req, 404, 'noEmailVerification')
  }
  // Answers 500 when no task or workflow has a schedule.
  if (route === '/handle-schedules' && !req.payload.config.jobs.scheduling) {
    throw new InvalidInput(req, 404, 'noSchedules')
  }
  // Looks the file up by a `prefix` field the collection does not have.
  const hasPrefix = collection.flattenedFields.some((field) => field.name === 'prefix')
  if (route === '/file/:filename' && req.searchParams?.has('prefix') && !hasPrefix) {
    throw new InvalidInput(req, 404, 'fileNotFound', { name: String(req.routeParams?.filename) })
  }
}

const checkId = (req: PayloadRequest, route: string, collection: SanitizedCollectionConfig) => {
  const id = req.routeParams?.id
  const isVersionId = route === '/versions/:id'
  if (typeof id !== 'string' || !(isVersionId || DOCUMENT_ID_ROUTES.has(route))) return
  // Version ids are the adapter's own, whatever the collection's id field.
  if (!isWellFormedId(req.payload, id, isVersionId ? undefined : collection.slug)) {
    throw new InvalidInput(req, 404, 'idNotFound', { id })
  }
}

const checkQuery = (req: PayloadRequest) => {
  const query = req.query ?? {}
  for (const [name, min] of WHOLE_NUMBER_PARAMS) {
    const value = Object.hasOwn(query, name) ? query[name] : undefined
    // Payload's JWT strategy leaves `depth: undefined` behind: absent, not malformed.
    if (value === undefined) continue
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(number) || number < min) {
      throw new InvalidInput(req, 400, 'paramNotWholeNumber', { name, min, value: shown(value) })
    }
  }
  for (const name of JSON_PARAMS) {
    const value = query[name]
    // Payload parses a string as JSON; given as where[…]=…, it is already an object.
    if (typeof value !== 'string' || value === '') continue
    if (!isPlainObject(parseJson(value)?.value)) {
      throw new InvalidInput(req, 400, 'paramNotObject', { name })
    }
  }
}

const checkBody = async (req: PayloadRequest) => {
  if (req.method !== 'POST' && req.method !== 'PATCH') return
  const [contentType] = (req.headers.get('content-type') ?? '').split(';', 1)
  if (contentType?.trim() !== 'application/json') return
  // A copy: Payload's handler reads the body itself.
  const copy = req.body ? req.clone?.() : undefined
  const text = copy ? await copy.text() : ''
  if (text === '') return
  const parsed = parseJson(text)
  if (!parsed) throw new InvalidInput(req, 400, 'bodyNotJson')
  if (!isPlainObject(parsed.value)) {
    throw new InvalidInput(req, 400, 'bodyNotObject', { value: shown(parsed.value) })
  }
}

/** The endpoint, answering a malformed request with a 400 or 404 before its handler runs. */
export const guardRestRequest = (
  endpoint: Endpoint,
  collection: SanitizedCollectionConfig,
): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    // Malformed requests first (400), then what they name that cannot exist (404).
    checkQuery(req)
    await checkBody(req)
    checkRouteApplies(req, endpoint.path, collection)
    checkId(req, endpoint.path, collection)
    return endpoint.handler(req)
  },
})
