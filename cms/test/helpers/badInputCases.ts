// Bad-input requests for every collection's REST routes, generated from the sanitized config:
// a new collection, field or route is probed without touching the tests.
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

export type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export interface Probe {
  /** What is sent, for the list of failures. */
  label: string
  method: Method
  /** Path and query under the origin, e.g. `/api/campaigns/abc?depth=0`. */
  path: string
  body?: string
  /** The status (or one of the statuses) the answer must have; without it, any below 500. */
  status?: number | number[]
}

/** Ids no database takes: not a number, not an ObjectId, not a UUID. */
export const MALFORMED_IDS = [
  'abc',
  '12abc',
  '%00',
  '1.5',
  '-1',
  '1e3',
  'null',
  '%20',
  "x'%20OR%20'1'%3D'1",
  '9'.repeat(30),
]

/**
 * A well-formed id that no document has, on any adapter: a large serial number, or every hex
 * digit of a real text id turned to f (MongoDB's ObjectIds).
 */
export const missingIdLike = (id: string): string =>
  /^\d+$/.test(id) ? '987654321' : id.replace(/[0-9a-f]/gi, 'f')

/** What a caller may do, per collection, as Payload's `GET /api/access` reports it. */
export type Permissions = Record<
  string,
  Record<string, boolean | { permission: boolean } | undefined> | undefined
>

export type Operation = 'create' | 'delete' | 'read' | 'readVersions' | 'update'

/** The data routes that address one document by id, and the access each one needs. */
const DOCUMENT_ROUTES: Array<{
  method: Method
  template: string
  body?: string
  operations: Operation[]
}> = [
  { method: 'GET', template: '/:id', operations: ['read'] },
  { method: 'PATCH', template: '/:id', body: '{}', operations: ['update'] },
  { method: 'DELETE', template: '/:id', operations: ['delete'] },
  { method: 'GET', template: '/versions/:id', operations: ['readVersions'] },
  { method: 'POST', template: '/versions/:id', operations: ['update'] },
  { method: 'POST', template: '/:id/duplicate', body: '{}', operations: ['read', 'create'] },
]

/** Whether the caller may do the operation on some documents (`where` may narrow which). */
export const isPermitted = (
  collection: SanitizedCollectionConfig,
  operation: Operation,
  permissions: Permissions,
): boolean => {
  const granted = permissions[collection.slug]?.[operation]
  return granted === true || (typeof granted === 'object' && granted.permission)
}

/** Whether the caller may do the operation on every document. */
const isPermittedOnAll = (
  collection: SanitizedCollectionConfig,
  operation: Operation,
  permissions: Permissions,
): boolean => permissions[collection.slug]?.[operation] === true

// A tiny stand-in for Payload's path-to-regexp match: `:name` takes one segment, `:name?` may be absent.
const matches = (template: string, path: string): boolean => {
  const want = template.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  const required = want.filter((segment) => !segment.endsWith('?')).length
  if (got.length < required || got.length > want.length) return false
  return got.every((segment, i) => want[i]?.startsWith(':') || want[i] === segment)
}

/** The template of the endpoint Payload picks for `method path` (the first that matches). */
export const routeOf = (
  collection: SanitizedCollectionConfig,
  method: Method,
  path: string,
): string | undefined =>
  (collection.endpoints || []).find(
    (endpoint) => endpoint.method.toUpperCase() === method && matches(endpoint.path, path),
  )?.path

const api = (collection: SanitizedCollectionConfig, rest: string) =>
  `/api/${collection.slug}${rest}`

/** Every malformed id on `GET /:id`, a few of them on the other document routes. */
export const malformedIdProbes = (collection: SanitizedCollectionConfig): Probe[] =>
  DOCUMENT_ROUTES.flatMap(({ method, template, body }) =>
    (method === 'GET' && template === '/:id' ? MALFORMED_IDS : MALFORMED_IDS.slice(0, 3)).flatMap(
      (id) => {
        const rest = template.replace(':id', id)
        // Only where Payload's own document route answers (preferences take `/:key`, for one).
        if (routeOf(collection, method, rest) !== template) return []
        return [
          { label: `malformed id ${id}`, method, path: api(collection, rest), body, status: 404 },
        ]
      },
    ),
  )

/**
 * Every route that addresses a document, with an id that is well-formed and missing: 404, or
 * 403 for a caller who may not do that at all; the version routes of a collection without
 * versions are 404 for everyone.
 */
export const missingIdProbes = (
  collection: SanitizedCollectionConfig,
  id: string,
  permissions: Permissions,
): Probe[] =>
  DOCUMENT_ROUTES.flatMap(({ method, template, body, operations }) => {
    const rest = template.replace(':id', id)
    if (routeOf(collection, method, rest) !== template) return []
    const isVersionless = template.startsWith('/versions') && !collection.versions
    // Otherwise Payload may look for the document or check access first (and cannot tell a
    // missing document from one the caller's `where` excludes).
    const isAllowed = operations.every((each) => isPermittedOnAll(collection, each, permissions))
    const status = isVersionless || isAllowed ? 404 : [403, 404]
    return [{ label: `missing id ${id}`, method, path: api(collection, rest), body, status }]
  })

/**
 * A field's query path, with the field, for every field that holds data (groups, tabs and arrays
 * opened). `isHidden` when Payload refuses to query it, whatever the value: the field or one
 * around it is hidden, or has a read rule (decided per document, so never met by a query).
 */
export const queryablePaths = (
  fields: FlattenedField[],
  prefix = '',
  isInHidden = false,
): Array<{ path: string; field: FlattenedField; isHidden: boolean }> =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const isHidden = isInHidden || Boolean(field.hidden) || Boolean(field.access?.read)
    if (field.type === 'blocks' || field.type === 'join') return []
    if ('flattenedFields' in field) {
      return queryablePaths(field.flattenedFields, `${path}.`, isHidden)
    }
    return [{ path, field, isHidden }]
  })

type Value = string | string[] | Record<string, string>

/** A `where` constraint as a query string: `where[path][operator]=value`, objects and lists nested. */
export const whereQuery = (
  path: string,
  operator: string,
  value: Value,
  root = 'where',
): string => {
  const key = `${root}[${path}][${operator}]`
  if (typeof value === 'string') return `${key}=${encodeURIComponent(value)}`
  const entries: Array<[string, string]> = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value)
  return entries.map(([k, v]) => `${key}[${k}]=${encodeURIComponent(v)}`).join('&')
}

interface Constraint {
  operator: string
  value: Value
}

const OBJECT: Value = { nested: '1' }

/** Values a field of this type cannot be compared with. */
/** Values a field of this type cannot be compared with, the one most its own first. */
export const badConstraints = (field: FlattenedField): Constraint[] => {
  const common: Constraint[] = [
    { operator: 'equals', value: OBJECT },
    { operator: 'exists', value: 'maybe' },
  ]
  switch (field.type) {
    case 'number':
      return [
        { operator: 'equals', value: 'abc' },
        { operator: 'greater_than', value: '12abc' },
        { operator: 'in', value: 'a,b' },
        { operator: 'not_in', value: ['1', 'x'] },
        ...common,
      ]
    case 'date':
      return [
        { operator: 'equals', value: 'not-a-date' },
        { operator: 'less_than', value: 'abc' },
        { operator: 'in', value: 'x,y' },
        ...common,
      ]
    case 'checkbox':
      return [{ operator: 'equals', value: 'maybe' }, ...common]
    case 'select':
    case 'radio':
      return [
        { operator: 'equals', value: 'no-such-option' },
        { operator: 'in', value: 'no,such' },
        ...common,
      ]
    case 'relationship':
    case 'upload':
      return [
        { operator: 'equals', value: 'abc' },
        { operator: 'not_equals', value: '1.5' },
        { operator: 'in', value: 'abc,12abc' },
        ...(field.hasMany ? [{ operator: 'contains', value: 'abc' }] : []),
        ...common,
      ]
    case 'json':
    case 'richText':
    case 'point':
      // Queried by shape (nested paths, geometry): no value is wrong for the type alone.
      return [{ operator: 'exists', value: 'maybe' }]
    default:
      return [
        { operator: 'equals', value: OBJECT },
        { operator: 'like', value: OBJECT },
        { operator: 'equals', value: ['a', 'b'] },
        { operator: 'exists', value: 'maybe' },
      ]
  }
}

/** A value the field's type accepts, or undefined where none can be made up. */
export const goodConstraint = (field: FlattenedField, someId: string): Constraint | undefined => {
  if ('virtual' in field && field.virtual) return undefined
  switch (field.type) {
    case 'number':
      return { operator: 'greater_than_equal', value: '1' }
    case 'date':
      return { operator: 'less_than', value: '2999-01-01' }
    case 'checkbox':
      return { operator: 'equals', value: 'true' }
    case 'select':
    case 'radio': {
      const [first] = field.options
      return first === undefined
        ? undefined
        : { operator: 'in', value: typeof first === 'string' ? first : first.value }
    }
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string'
        ? { operator: 'not_equals', value: someId }
        : undefined
    case 'json':
    case 'richText':
    case 'point':
      return { operator: 'exists', value: 'true' }
    default:
      return { operator: 'like', value: 'x' }
  }
}

// Matches nothing on any adapter, so a bulk update or delete probe cannot touch data even if
// its bad constraint were dropped.
const NOTHING = 'where[and][0][id][exists]=false'

/**
 * The list-like routes that take `where`, the prefix their paths need and the access a caller
 * needs before the values are looked at (version lists are checked, like lists, against read).
 */
const whereRoutes = (collection: SanitizedCollectionConfig) =>
  [
    { method: 'GET' as const, rest: '', prefix: '', body: undefined, operation: 'read' as const },
    {
      method: 'GET' as const,
      rest: '/count',
      prefix: '',
      body: undefined,
      operation: 'read' as const,
    },
    {
      method: 'GET' as const,
      rest: '/versions',
      prefix: 'version.',
      body: undefined,
      operation: 'read' as const,
    },
    { method: 'PATCH' as const, rest: '', prefix: '', body: '{}', operation: 'update' as const },
    {
      method: 'DELETE' as const,
      rest: '',
      prefix: '',
      body: undefined,
      operation: 'delete' as const,
    },
  ].filter(
    ({ method, rest, prefix }) =>
      // Payload's own route answers (preferences answer `/count` with `/:key`, for one).
      routeOf(collection, method, rest || '/') === (rest || '/') &&
      (prefix === '' || Boolean(collection.versions)),
  )

/**
 * Bad `where` values: 400 for a caller who may query the collection, Payload's 403 for others.
 * On the list route every field gets its type's first bad value and one field of each type
 * gets them all; the other routes (count, versions, bulk update and delete) share the check,
 * so one bad value for one field of each type is enough there.
 */
export const badWhereProbes = (
  collection: SanitizedCollectionConfig,
  permissions: Permissions,
): Probe[] => {
  const paths = queryablePaths(collection.flattenedFields)
  const firstOfType = paths.filter(
    ({ field }, i) => paths.findIndex((other) => other.field.type === field.type) === i,
  )
  const constraintsOf = (list: typeof paths, count?: number) =>
    list.flatMap(({ path, field }) =>
      badConstraints(field)
        .slice(0, count)
        .map((constraint) => ({ path, ...constraint })),
    )
  const idConstraints = [
    { path: 'id', operator: 'equals', value: 'abc' },
    { path: 'id', operator: 'in', value: 'abc,1.5' },
  ]
  const shapes = ['where[and]=x', 'where[or][0]=x', 'where[year]=2025']
  return whereRoutes(collection).flatMap(({ method, rest, prefix, body, operation }) => {
    const guard = method === 'GET' ? '' : `&${NOTHING}`
    const status = isPermitted(collection, operation, permissions) ? 400 : 403
    const probe = (label: string, query: string): Probe => ({
      label,
      method,
      path: `${api(collection, rest)}?${query}${guard}`,
      body,
      status,
    })
    const isList = method === 'GET' && rest === ''
    const constraints = isList
      ? [...constraintsOf(firstOfType), ...constraintsOf(paths, 1), ...idConstraints]
      : [...constraintsOf(firstOfType, 1), ...idConstraints.slice(0, 1)]
    return [
      ...constraints.map(({ path, operator, value }) =>
        probe(
          `where ${prefix}${path} ${operator} ${JSON.stringify(value)}`,
          whereQuery(`${prefix}${path}`, operator, value),
        ),
      ),
      ...shapes.map((query) => probe(query, query)),
    ]
  })
}

export const goodWhereProbes = (collection: SanitizedCollectionConfig, someId: string) =>
  whereRoutes(collection)
    .filter(({ method }) => method === 'GET')
    .flatMap(({ rest, prefix }) => [
      ...queryablePaths(collection.flattenedFields).flatMap(({ path, field, isHidden }) => {
        const constraint = isHidden ? undefined : goodConstraint(field, someId)
        if (!constraint) return []
        const query = whereQuery(`${prefix}${path}`, constraint.operator, constraint.value)
        return [{ label: `where ${prefix}${path} ${constraint.operator}`, rest, query }]
      }),
      { label: 'where id in', rest, query: whereQuery('id', 'in', [someId, someId]) },
    ])

/** Query parameters Payload parses itself; `status` where the value is plainly malformed. */
const PARAMS: Array<{ query: string; status?: number }> = [
  ...['abc', '-1', '1e400'].map((v) => ({ query: `depth=${v}`, status: 400 })),
  ...['1.5', 'limit[a]=b'].map((v) => ({ query: v.includes('=') ? v : `limit=${v}`, status: 400 })),
  ...['0', 'abc'].map((v) => ({ query: `page=${v}`, status: 400 })),
  ...['not-json', '%5B1%5D'].map((v) => ({ query: `where=${v}`, status: 400 })),
  { query: 'data=not-json', status: 400 },
  { query: 'sort=no-such-field' },
  { query: 'sort[a]=b' },
  { query: 'locale=xx' },
  { query: 'locale[a]=b' },
  { query: 'fallback-locale=xx' },
  { query: 'draft=maybe' },
  { query: 'select[no-such-field]=true' },
  { query: 'populate[no-such-collection]=true' },
  { query: 'joins=x' },
]

const concrete = (template: string, id: string): string =>
  template
    .split('/')
    .filter((segment) => !segment.endsWith('?'))
    .map((segment) => (segment === ':id' ? id : segment.startsWith(':') ? 'probe' : segment))
    .join('/') || '/'

const MAIN_ROUTES = new Set(['/', '/:id'])

/**
 * Bad query parameters: all of them on the list and document routes, the malformed ones (400)
 * on every other GET route of the collection (count, versions, auth, files, jobs…), which the
 * same guard answers.
 */
export const badParamProbes = (collection: SanitizedCollectionConfig, id: string): Probe[] =>
  (collection.endpoints || [])
    .filter((endpoint) => endpoint.method === 'get')
    .flatMap((endpoint) =>
      PARAMS.filter(({ status }) => MAIN_ROUTES.has(endpoint.path) || status !== undefined).map(
        ({ query, status }) => ({
          label: `GET ${endpoint.path}?${query}`,
          method: 'GET' as const,
          path: `${api(collection, concrete(endpoint.path, id).replace(/^\/$/, ''))}?${query}`,
          status,
        }),
      ),
    )

/** Bodies that are not JSON, or JSON that is not an object; then an object of odd values. */
const BODIES: Array<{ body: string; status?: number }> = [
  { body: '{"unclosed": ', status: 400 },
  { body: 'not json', status: 400 },
  { body: 'null', status: 400 },
  { body: '[]', status: 400 },
  { body: '"text"', status: 400 },
  { body: '123', status: 400 },
  { body: '{"email": {"$ne": 1}, "password": ["x"], "token": {}, "data": 1}' },
]

/** Malformed bodies on every POST and PATCH route (data, auth and custom alike). */
export const badBodyProbes = (collection: SanitizedCollectionConfig, id: string): Probe[] =>
  (collection.endpoints || [])
    .filter((endpoint) => endpoint.method === 'post' || endpoint.method === 'patch')
    .flatMap((endpoint) => {
      const rest = concrete(endpoint.path, id)
      const method = endpoint.method.toUpperCase() as Method
      // A bulk update must not touch anything even if its body got through.
      const query = method === 'PATCH' && rest === '/' ? `?${NOTHING}` : ''
      return BODIES.map(({ body, status }) => ({
        label: `${method} ${endpoint.path} body ${body}`,
        method,
        path: `${api(collection, rest === '/' ? '' : rest)}${query}`,
        body,
        status,
      }))
    })

/** Paths whose percent-encoding cannot be decoded: the request itself is malformed. */
export const undecodablePathProbes = (collection: SanitizedCollectionConfig): Probe[] =>
  ['/%E0%A4%A', '/versions/%E0%A4%A', ...(collection.upload ? ['/file/%E0%A4%A.pdf'] : [])].map(
    (rest) => ({
      label: `undecodable ${rest}`,
      method: 'GET' as const,
      path: api(collection, rest),
      status: 400,
    }),
  )

/** File routes of upload collections: a missing file is 404, whoever asks. */
export const missingFileProbes = (collection: SanitizedCollectionConfig): Probe[] =>
  collection.upload
    ? ['no-such-file.pdf', 'no-such-file.pdf?prefix=x', 'n%C3%B3-such%20file.png'].map((name) => ({
        label: `missing file ${name}`,
        method: 'GET' as const,
        path: api(collection, `/file/${name}`),
        status: 404,
      }))
    : []

/** A well-formed id of some document, any collection: all share the adapter's id format. */
export const anyExistingId = async (payload: Payload): Promise<string> => {
  const { docs } = await payload.find({ collection: 'sites', limit: 1, depth: 0 })
  const [site] = docs
  if (!site) throw new Error('the world has no site')
  return String(site.id)
}
