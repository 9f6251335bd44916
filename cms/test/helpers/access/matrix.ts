// The access matrix: who may do what, written from the rules (not from running the code). Every
// collection in the config and every operation it supports has a row here (the matrix test fails
// otherwise); each row names the records it is tried on and, per role, whether it is allowed.
// Anything not allowed is denied: refused, not found, or without effect, never a 500.

export const ROLES = ['anonymous', 'editorA', 'editorB', 'admin'] as const
export type Role = (typeof ROLES)[number]

export type Outcome = 'allowed' | 'denied'
export type Expected = Record<Role, Outcome>

export const OPERATIONS = [
  'read',
  'create',
  'update',
  'delete',
  'duplicate',
  'nextEdition',
  'publish',
  'readVersions',
  'restoreVersion',
  'schedule',
  'unschedule',
  'readSchedule',
  'unlock',
  'firstRegister',
  'run',
  'pasteUrl',
] as const
export type Operation = (typeof OPERATIONS)[number]

/** One collection's row: per operation, the records it is tried on and who may. */
export type Row = Partial<Record<Operation, Record<string, Expected>>>

/** Operations whose effect is what comes back (a record, a list, a file), not a change stored. */
export const READ_OPERATIONS: ReadonlySet<Operation> = new Set([
  'read',
  'readVersions',
  'readSchedule',
  'pasteUrl',
])

/** The roles that are allowed; every other role is denied. */
const only = (...roles: Role[]): Expected => ({
  anonymous: roles.includes('anonymous') ? 'allowed' : 'denied',
  editorA: roles.includes('editorA') ? 'allowed' : 'denied',
  editorB: roles.includes('editorB') ? 'allowed' : 'denied',
  admin: roles.includes('admin') ? 'allowed' : 'denied',
})
const everyone = only(...ROLES)
const nobody = only()
const siteA = only('editorA', 'admin')
const admins = only('admin')

export const ACCESS_MATRIX = {
  campaigns: {
    read: {
      'draft on A': siteA,
      // Signed-in editors see their own sites' editions only, published or not (the public
      // reads other sites' editions through the public API, or anonymously).
      'published on A': only('anonymous', 'editorA', 'admin'),
      'draft shared by A and B': only('editorA', 'editorB', 'admin'),
    },
    create: { 'on A': siteA, 'on A and B': admins },
    update: {
      'draft on A': siteA,
      'draft shared by A and B': only('editorA', 'editorB', 'admin'),
      'draft on A, adding site B': admins,
    },
    delete: { 'draft on A': siteA, 'draft shared by A and B': admins },
    duplicate: { 'published on A': siteA },
    nextEdition: { 'published on A': siteA },
    publish: { 'draft on A': siteA },
    readVersions: { 'published on A': siteA },
    restoreVersion: { 'earlier version of a campaign on A': siteA },
    schedule: { 'draft on A': siteA },
    unschedule: { 'scheduled publish of a draft on A': siteA },
    readSchedule: { 'scheduled publish of a draft on A': siteA },
  },
  documents: {
    read: {
      'private on A': siteA,
      'used by a published campaign on A': everyone,
      national: everyone,
    },
    create: { 'owned by A': siteA, national: admins },
    update: {
      'private on A': siteA,
      'used by a published campaign on A': siteA,
      national: admins,
      'private on A, moved to B': admins,
    },
    delete: { 'private on A': siteA, national: admins },
    duplicate: { 'private on A': siteA, 'used by a published campaign on A': siteA },
  },
  media: {
    read: {
      'private on A': siteA,
      'used by a published campaign on A': everyone,
      'file of a document used by a published campaign on A': everyone,
      national: everyone,
    },
    create: { 'owned by A': siteA, national: admins },
    update: {
      'private on A': siteA,
      'used by a published campaign on A': siteA,
      national: admins,
      'private on A, moved to B': admins,
    },
    delete: { 'private on A': siteA, national: admins },
    duplicate: { 'private on A': siteA, 'used by a published campaign on A': siteA },
    // The media collection fetches no file by address (pasteURL is off), for nobody.
    pasteUrl: { 'a file at an address': nobody },
  },
  sites: {
    read: { 'site A': siteA },
    create: { 'a new site': admins },
    update: { 'site A': admins },
    delete: { 'an unused site': admins },
    duplicate: { 'site A': admins },
  },
  users: {
    read: { 'editor A': siteA, admin: admins },
    create: { 'a new editor': admins },
    update: {
      'editor A': siteA,
      'editor A made admin of A and B': admins,
      'editor B': only('editorB', 'admin'),
    },
    delete: { 'another editor of A': admins },
    unlock: { 'a locked-out editor of A': admins },
    // Closed once anyone has an account, even to admins (they create accounts instead).
    firstRegister: { 'with accounts present': nobody },
  },
  // Displays and clicks per site and day: editors of the site read them (the Số liệu tab); only
  // the front server's counter writes them, through the Local API.
  'reach-counts': {
    read: { 'counts of site A': siteA },
    create: { 'counts of site A': nobody },
    update: { 'counts of site A': nobody },
    delete: { 'counts of site A': nobody },
    duplicate: { 'counts of site A': nobody },
  },
  // Who is editing what: visible to the lock's owner and to whoever may edit the locked record
  // (so co-editors are warned and can take over), to no one else.
  'payload-locked-documents': {
    read: {
      "editor A's lock on a campaign on A": siteA,
      "admin's lock on a campaign on A": siteA,
      "admin's lock on site A": admins,
    },
    create: {
      'on a campaign on A, as oneself': siteA,
      "on a campaign on A, in editor B's name": admins,
    },
    update: {
      "admin's lock on a campaign on A, taken over": siteA,
      "editor A's lock, moved to a campaign on B": admins,
    },
    delete: { "admin's lock on a campaign on A": siteA, "admin's lock on site A": admins },
    duplicate: { "editor A's lock on a campaign on A": siteA },
  },
  // A user's own admin settings (columns, open tabs): theirs alone, admins' included.
  'payload-preferences': {
    read: { own: only('editorA', 'editorB', 'admin'), "editor A's": only('editorA') },
    create: { own: only('editorA', 'editorB', 'admin'), 'for editor A': only('editorA') },
    update: { own: only('editorA', 'editorB', 'admin'), "editor A's": only('editorA') },
    delete: { own: only('editorA', 'editorB', 'admin'), "editor A's": only('editorA') },
    duplicate: { "editor A's": only('editorA') },
  },
  // Payload's internal store: no API caller, admins included.
  'payload-kv': {
    read: { 'a stored entry': nobody },
    create: { 'a new entry': nobody },
    update: { 'a stored entry': nobody },
    delete: { 'a stored entry': nobody },
    duplicate: { 'a stored entry': nobody },
  },
  // Raw jobs are closed to every API caller; scheduling goes through the campaign's operations.
  'payload-jobs': {
    read: { 'scheduled publish of a draft on A': nobody },
    create: { 'scheduled publish of a draft on A': nobody },
    update: { 'scheduled publish of a draft on A': nobody },
    delete: { 'scheduled publish of a draft on A': nobody },
    duplicate: { 'scheduled publish of a draft on A': nobody },
    run: { 'a due publish of a draft on A': admins },
  },
  'payload-migrations': {
    read: { 'a migration record': nobody },
    create: { 'a new record': nobody },
    update: { 'a migration record': nobody },
    delete: { 'a migration record': nobody },
  },
} as const satisfies Record<string, Row>

export type Matrix = typeof ACCESS_MATRIX
export type Subject = keyof Matrix
/** The operations a subject's row lists. */
export type OperationOf<S extends Subject> = keyof Matrix[S] & Operation
/** Every record name a subject's rows use, whatever the operation. */
export type TargetOf<S extends Subject> = {
  [O in OperationOf<S>]: keyof Matrix[S][O] & string
}[OperationOf<S>]

/** The matrix row by row, for iterating. */
export const matrixRows = (): Array<[Subject, Row]> =>
  Object.entries(ACCESS_MATRIX as Record<Subject, Row>) as Array<[Subject, Row]>
