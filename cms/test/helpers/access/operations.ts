// Which matrix operations a collection supports, read off the real config: its REST routes (each
// one must mean an operation, or say why it is none), its versions and drafts. A route or a
// GraphQL field nobody has classified fails the matrix test.
import { formatNames } from 'payload'
import type { SanitizedCollectionConfig } from 'payload'

import type { Operation } from './matrix'

export type Meaning = Operation | { none: string }

const SESSION = { none: "acts on the caller's own session or account, by credentials or token" }
const PERMISSIONS = { none: 'reports what the caller may do, computed from the same rules' }

/** Every REST route Payload gives collections here, by method and path template. */
export const REST_ROUTES: Record<string, Meaning> = {
  'GET /': 'read',
  'GET /:id': 'read',
  'GET /count': 'read',
  'GET /file/:filename': 'read',
  'POST /': 'create',
  'PATCH /': 'update',
  'PATCH /:id': 'update',
  'DELETE /': 'delete',
  'DELETE /:id': 'delete',
  'POST /:id/duplicate': 'duplicate',
  'POST /:id/next-edition': 'nextEdition',
  'GET /:id/visibility': {
    none: 'reports where the published version shows, to whoever may read it (visibility.int.test.ts)',
  },
  'GET /:id/pending-changes': {
    none: 'reports which fields the draft changed since the published version, to editors of its sites (pendingChanges.http.int.test.ts)',
  },
  'GET /:id/schedule': {
    none: "lists the campaign's scheduled publications, to editors of its sites (schedule.http.int.test.ts)",
  },
  'POST /:id/schedule': {
    none: "queues Payload's schedulePublish job as the caller, for editors of its sites; jobs' hooks judge it too (schedule.http.int.test.ts)",
  },
  'DELETE /:id/schedule/:job': {
    none: "cancels one of the campaign's scheduled publications, for editors of its sites (schedule.http.int.test.ts)",
  },
  'POST /import/preview': {
    none: 'reads pasted text for a site the caller edits; saves nothing (import.http.int.test.ts)',
  },
  'POST /import': {
    none: 'creates a draft through the Local API as the caller, on a site they edit (import.http.int.test.ts)',
  },
  'GET /figures/:campaign': {
    none: "reports a campaign's reach counts to whoever may read it, their sites' rows only (reach.int.test.ts)",
  },
  'GET /figures/:campaign/:format': {
    none: 'the same figures as a .csv or .xlsx download (reach.int.test.ts)',
  },
  'GET /versions': 'readVersions',
  'GET /versions/:id': 'readVersions',
  'POST /versions/:id': 'restoreVersion',
  'GET /paste-url/:id?': 'pasteUrl',
  'POST /access/:id?': PERMISSIONS,
  // Preferences: the caller's own, by key.
  'GET /:key': 'read',
  'POST /:key': 'update',
  'DELETE /:key': 'delete',
  'POST /unlock': 'unlock',
  'POST /first-register': 'firstRegister',
  'GET /run': 'run',
  'GET /handle-schedules': 'run',
  'GET /init': SESSION,
  'GET /me': SESSION,
  'POST /login': SESSION,
  'POST /logout': SESSION,
  'POST /refresh-token': SESSION,
  'POST /forgot-password': SESSION,
  'POST /reset-password': SESSION,
  'POST /verify/:id': SESSION,
}

const VERSION_ROUTES = new Set(['GET /versions', 'GET /versions/:id', 'POST /versions/:id'])

export const routesOf = (collection: SanitizedCollectionConfig): string[] =>
  (collection.endpoints || []).map(
    (endpoint) => `${endpoint.method.toUpperCase()} ${endpoint.path}`,
  )

/** The operations a collection supports: its routes' and its drafts', at least the four basic ones. */
export const supportedOperations = (collection: SanitizedCollectionConfig): Set<Operation> => {
  const operations = new Set<Operation>(['read', 'create', 'update', 'delete'])
  for (const route of routesOf(collection)) {
    const meaning = REST_ROUTES[route]
    // Collections without versions answer their version routes with a 404.
    if (typeof meaning === 'string' && (collection.versions || !VERSION_ROUTES.has(route)))
      operations.add(meaning)
  }
  const drafts = collection.versions ? collection.versions.drafts : false
  if (drafts) operations.add('publish')
  if (drafts && drafts.schedulePublish) {
    operations.add('schedule')
    operations.add('unschedule')
    operations.add('readSchedule')
  }
  return operations
}

export interface GraphqlNames {
  singular: string
  plural: string
}

/** The names Payload's GraphQL schema gives a collection (Media's plural is allMedia). */
export const graphqlNames = (slug: string): GraphqlNames => {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${plural}` : plural }
}

/** What each root field of the GraphQL schema means for this collection. */
export const graphqlFields = ({ singular, plural }: GraphqlNames) => ({
  query: {
    [singular]: 'read',
    [plural]: 'read',
    [`count${plural}`]: 'read',
    [`version${singular}`]: 'readVersions',
    [`versions${plural}`]: 'readVersions',
    [`docAccess${singular}`]: PERMISSIONS,
    [`me${singular}`]: SESSION,
    [`initialized${singular}`]: SESSION,
  } satisfies Record<string, Meaning>,
  mutation: {
    [`create${singular}`]: 'create',
    [`update${singular}`]: 'update',
    [`delete${singular}`]: 'delete',
    [`duplicate${singular}`]: 'duplicate',
    [`restoreVersion${singular}`]: 'restoreVersion',
    [`unlock${singular}`]: 'unlock',
    [`login${singular}`]: SESSION,
    [`logout${singular}`]: SESSION,
    [`refreshToken${singular}`]: SESSION,
    [`forgotPassword${singular}`]: SESSION,
    [`resetPassword${singular}`]: SESSION,
    [`verifyEmail${singular}`]: SESSION,
  } satisfies Record<string, Meaning>,
})

/** Root fields that belong to no collection. */
export const GLOBAL_GRAPHQL_FIELDS: Record<string, Meaning> = { Access: PERMISSIONS }
