// `pnpm run import`: checks an archive whole, then restores it through Payload (so hooks, upload
// handling and either database adapter apply), mapping every reference to the new ids.
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { RESTORING_BACKUP } from '../hooks/restoringBackup'
import type { ExtractedEntry } from './archive'
import { extractArchive } from './archive'
import { hasLocaleValues, localeData, remapIds } from './fieldData'
import type { BackupCollection, Manifest } from './manifest'
import {
  BACKUP_COLLECTIONS,
  MANIFEST_PATH,
  checksumProblems,
  dataEntryPath,
  parseManifest,
} from './manifest'
import type { BackupDoc, CampaignEntry } from './records'
import { collectionFields, mediaEntryPath } from './records'
import { passwordOf } from './userFields'

/** A refusal the operator can act on (damaged archive, non-empty database); no stack needed. */
export class BackupRefusal extends Error {}

/** Set by Payload or derived from the file: never written from the archive. */
const NOT_WRITTEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'hash',
  'salt',
  'collection',
])
const UPLOAD_MANAGED = new Set([
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
  'url',
  'thumbnailURL',
])

const MEDIA_PER_PROGRESS_LINE = 50

// Collections and locales are chosen at run time here, so the generated per-collection types
// cannot check these calls; Payload validates the data itself.
type CreateOptions = Parameters<Payload['create']>[0]
type UpdateOptions = Parameters<Payload['update']>[0] & { id: number | string }

const messageOf = (error: unknown): string => {
  const details = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } })
    ?.data?.errors
  const base = error instanceof Error ? error.message : String(error)
  if (!Array.isArray(details) || details.length === 0) return base
  return `${base} (${details.map((e) => `${e.path ?? '?'}: ${e.message ?? '?'}`).join('; ')})`
}

const labelOf = (doc: BackupDoc): string => {
  for (const key of ['slug', 'email', 'filename', 'number']) {
    if (typeof doc[key] === 'string') return `"${doc[key]}"`
  }
  return `id ${String(doc.id)}`
}

/** Reads and checks the archive; every problem found is reported at once, naming its entry. */
const openArchive = async (
  file: string,
  dir: string,
): Promise<{ manifest: Manifest; entries: Map<string, ExtractedEntry> }> => {
  try {
    await access(file, constants.R_OK)
  } catch {
    throw new BackupRefusal(`cannot read ${file}: no such file, or not readable`)
  }
  let entries: Map<string, ExtractedEntry>
  try {
    entries = await extractArchive(file, dir)
  } catch (error) {
    throw new BackupRefusal(`refusing ${file}: ${messageOf(error)}`)
  }
  const manifestEntry = entries.get(MANIFEST_PATH)
  if (!manifestEntry) throw new BackupRefusal(`refusing ${file}: it has no ${MANIFEST_PATH}`)
  let manifest: Manifest
  try {
    manifest = parseManifest(await readFile(manifestEntry.file, 'utf8'))
  } catch (error) {
    throw new BackupRefusal(`refusing ${file}: ${messageOf(error)}`)
  }
  const problems = checksumProblems(manifest.entries, entries)
  if (problems.length > 0) {
    throw new BackupRefusal(
      `refusing ${file}: the archive is damaged, nothing was restored.\n  ${problems.join('\n  ')}`,
    )
  }
  return { manifest, entries }
}

/**
 * Not in a backup, but keyed by the ids of records a restore replaces: reach counts name their
 * edition by id, and a restored edition can be given an old one's id (SQLite reuses them), so
 * they go with the rest (deleted first: they refer to the others).
 */
const DERIVED_COLLECTIONS = ['reach-counts'] as const

const countExisting = async (
  payload: Payload,
  req: PayloadRequest,
): Promise<Partial<Record<CollectionSlug, number>>> => {
  const counts: Partial<Record<CollectionSlug, number>> = {}
  for (const collection of [...BACKUP_COLLECTIONS, ...DERIVED_COLLECTIONS]) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true, req })).totalDocs
  }
  return counts
}

const describeCounts = (counts: Partial<Record<string, number>>): string =>
  Object.entries(counts)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([collection, count]) => `${count} ${collection}`)
    .join(', ')

export interface ImportOptions {
  payload: Payload
  file: string
  /** Delete what the database holds in the backed-up collections, then restore. */
  force: boolean
  log: (line: string) => void
}

export interface ImportSummary {
  manifest: Manifest
  restored: Record<BackupCollection, number>
  /** E-mail addresses of accounts restored without a password: they must set a new one. */
  usersWithoutPassword: string[]
  warnings: string[]
}

/** An archive unpacked into a temporary folder, every checksum checked. */
export interface CheckedBackup {
  file: string
  /** The temporary folder (mode 0700) the entries were unpacked into. */
  dir: string
  manifest: Manifest
  entries: Map<string, ExtractedEntry>
  /** Removes the temporary folder. */
  close: () => Promise<void>
}

/**
 * Unpacks and checks an archive before anything touches a database (the CLI runs it before
 * booting Payload); throws a BackupRefusal naming each damaged entry.
 */
export const checkBackup = async (file: string): Promise<CheckedBackup> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'campaign-import-'))
  // Retried: after a damaged stream, an entry being written may still land in the folder.
  const close = () =>
    rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {})
  try {
    return { file, dir, ...(await openArchive(file, dir)), close }
  } catch (error) {
    await close()
    throw error
  }
}

/** Restores a checked archive; `importBackup` does both steps. */
export const restoreBackup = async ({
  payload,
  backup,
  force,
  log,
}: Omit<ImportOptions, 'file'> & { backup: CheckedBackup }): Promise<ImportSummary> => {
  const context = { [RESTORING_BACKUP]: true }
  // One transaction for the whole restore: it is all or nothing (where the database has
  // transactions: SQLite, a MongoDB replica set), and one commit is much faster than hundreds.
  // Files written to the media folder before a failure stay there.
  const req = await createLocalReq({ context }, payload)
  const isOwnTransaction = await initTransaction(req)
  try {
    const summary = await restoreArchive({
      payload,
      req,
      context,
      file: backup.file,
      force,
      log,
      manifest: backup.manifest,
      entries: backup.entries,
    })
    if (isOwnTransaction) await commitTransaction(req)
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export const importBackup = async ({ file, ...options }: ImportOptions): Promise<ImportSummary> => {
  const backup = await checkBackup(file)
  try {
    return await restoreBackup({ ...options, backup })
  } finally {
    await backup.close()
  }
}

const restoreArchive = async ({
  payload,
  req,
  context,
  file,
  force,
  log,
  manifest,
  entries,
}: ImportOptions & {
  req: PayloadRequest
  context: Record<string, unknown>
  manifest: Manifest
  entries: Map<string, ExtractedEntry>
}): Promise<ImportSummary> => {
  log(`import: ${file} checked: ${manifest.entries.length} entries, checksums match`)
  log(
    `import: made ${manifest.createdAt} from ${manifest.adapter} (app ${manifest.appVersion}, Payload ${manifest.payloadVersion}): ${describeCounts(manifest.counts)}`,
  )

  const existing = await countExisting(payload, req)
  const found = describeCounts(existing)
  if (found && !force) {
    throw new BackupRefusal(
      `refusing to restore into a database that is not empty: it holds ${found}. Restore into an empty database, or run again with --force to delete those records (and their files) first.`,
    )
  }
  if (found) {
    log(`import: --force: deleting ${found}`)
    for (const collection of [...DERIVED_COLLECTIONS, ...[...BACKUP_COLLECTIONS].reverse()]) {
      const { errors } = await payload.delete({
        collection,
        where: { id: { exists: true } },
        overrideAccess: true,
        req,
      })
      if (errors.length > 0) {
        throw new Error(`could not delete the existing ${collection}: ${errors[0]?.message}`)
      }
    }
  }

  const readData = async <T>(collection: BackupCollection): Promise<T[]> => {
    const entry = entries.get(dataEntryPath(collection))
    if (!entry) throw new BackupRefusal(`refusing ${file}: it has no ${dataEntryPath(collection)}`)
    return JSON.parse(await readFile(entry.file, 'utf8')) as T[]
  }

  const localization = payload.config.localization
  const locales = localization
    ? [
        localization.defaultLocale,
        ...localization.localeCodes.filter((code) => code !== localization.defaultLocale),
      ]
    : [undefined]
  const warnings: string[] = []
  const warn = (line: string) => {
    if (warnings.includes(line)) return
    warnings.push(line)
    log(`import: warning: ${line}`)
  }
  const idMaps = new Map<string, Map<string, number | string>>()
  const mapId = (collection: string, id: unknown) => {
    const mapped = idMaps.get(collection)?.get(String(id))
    if (mapped === undefined) warn(`a reference to ${collection} ${String(id)} was dropped`)
    return mapped
  }
  const remember = (collection: BackupCollection, oldId: unknown, newId: number | string) => {
    const map = idMaps.get(collection) ?? new Map<string, number | string>()
    map.set(String(oldId), newId)
    idMaps.set(collection, map)
  }
  const writable = (collection: BackupCollection, data: BackupDoc): BackupDoc =>
    Object.fromEntries(
      Object.entries(data).filter(
        ([key]) => !NOT_WRITTEN.has(key) && !(collection === 'media' && UPLOAD_MANAGED.has(key)),
      ),
    )

  /** Creates the document in the default locale, then adds each other locale's values. */
  const restore = async ({
    collection,
    doc,
    status,
    extra = {},
    file: upload,
  }: {
    collection: BackupCollection
    doc: BackupDoc
    status?: 'draft' | 'published'
    extra?: BackupDoc
    file?: { data: Buffer; mimetype: string; name: string; size: number }
  }): Promise<BackupDoc & { id: number | string }> => {
    const fields = collectionFields(payload, collection)
    const remapped = remapIds(fields, doc, mapId)
    const [first, ...others] = locales
    const statusData = status ? { _status: status } : {}
    const isDraft = status === 'draft'
    try {
      const created = (await payload.create({
        collection: collection as CollectionSlug,
        data: {
          ...writable(collection, first ? localeData(fields, remapped, first) : remapped),
          ...extra,
          ...statusData,
        },
        ...(first ? { locale: first } : {}),
        draft: isDraft,
        file: upload,
        overrideAccess: true,
        context,
        req,
      } as CreateOptions)) as unknown as BackupDoc & { id: number | string }
      for (const locale of others) {
        // A locale nobody wrote stays unwritten (hooks would otherwise fill defaults into it).
        if (!locale || !hasLocaleValues(fields, remapped, locale)) continue
        await payload.update({
          collection: collection as CollectionSlug,
          id: created.id,
          locale,
          data: { ...writable(collection, localeData(fields, remapped, locale)), ...statusData },
          draft: isDraft,
          overrideAccess: true,
          context,
          req,
        } as UpdateOptions)
      }
      return created
    } catch (error) {
      throw new Error(`could not restore ${collection} ${labelOf(doc)}: ${messageOf(error)}`, {
        cause: error,
      })
    }
  }

  /** Saves a draft on top of the published edition, locale by locale. */
  const restoreDraft = async (id: number | string, draft: BackupDoc) => {
    const fields = collectionFields(payload, 'campaigns')
    const remapped = remapIds(fields, draft, mapId)
    try {
      for (const [index, locale] of locales.entries()) {
        if (index > 0 && locale && !hasLocaleValues(fields, remapped, locale)) continue
        await payload.update({
          collection: 'campaigns',
          id,
          ...(locale ? { locale } : {}),
          data: {
            ...writable('campaigns', locale ? localeData(fields, remapped, locale) : remapped),
            _status: 'draft',
          },
          draft: true,
          overrideAccess: true,
          context,
          req,
        } as UpdateOptions)
      }
    } catch (error) {
      throw new Error(
        `could not restore the draft of campaigns ${labelOf(draft)}: ${messageOf(error)}`,
        {
          cause: error,
        },
      )
    }
  }

  const restored = { sites: 0, media: 0, documents: 0, users: 0, campaigns: 0 }

  for (const doc of await readData<BackupDoc>('sites')) {
    remember('sites', doc.id, (await restore({ collection: 'sites', doc })).id)
    restored.sites += 1
  }
  log(`import: sites ${restored.sites}`)

  const media = await readData<BackupDoc>('media')
  for (const doc of media) {
    const name = typeof doc.filename === 'string' ? doc.filename : ''
    const entry = name ? entries.get(mediaEntryPath(name)) : undefined
    if (!entry) {
      warn(`media ${labelOf(doc)} has no file in the archive and was not restored`)
      continue
    }
    const data = await readFile(entry.file)
    const mimetype = typeof doc.mimeType === 'string' ? doc.mimeType : 'application/octet-stream'
    const created = await restore({
      collection: 'media',
      doc,
      file: { data, mimetype, name, size: data.length },
    })
    if (created.filename !== name) {
      warn(`media "${name}" was stored as "${String(created.filename)}" (the name was taken)`)
    }
    remember('media', doc.id, created.id)
    restored.media += 1
    if (restored.media % MEDIA_PER_PROGRESS_LINE === 0) {
      log(`import: media ${restored.media}/${media.length}`)
    }
  }
  log(`import: media ${restored.media}`)

  for (const doc of await readData<BackupDoc>('documents')) {
    remember('documents', doc.id, (await restore({ collection: 'documents', doc })).id)
    restored.documents += 1
  }
  log(`import: documents ${restored.documents}`)

  // Admins first: the first account created on an empty database is made an admin.
  const users = (await readData<BackupDoc>('users')).sort(
    (a, b) => Number(b.role === 'admin') - Number(a.role === 'admin'),
  )
  const usersWithoutPassword: string[] = []
  for (const doc of users) {
    // Nobody knows this password: the account signs in once its hash is restored below, or
    // after a password reset.
    const created = await restore({
      collection: 'users',
      doc,
      extra: { password: randomBytes(32).toString('base64url') },
    })
    const password = passwordOf(doc)
    if (password) {
      await payload.db.updateOne({ collection: 'users', id: created.id, data: password, req })
    } else {
      usersWithoutPassword.push(String(doc.email))
    }
    if (doc.role !== undefined && created.role !== doc.role) {
      await payload.update({
        collection: 'users',
        id: created.id,
        data: { role: doc.role },
        overrideAccess: true,
        context,
        req,
      } as UpdateOptions)
    }
    remember('users', doc.id, created.id)
    restored.users += 1
  }
  log(`import: users ${restored.users}`)

  for (const entry of await readData<CampaignEntry>('campaigns')) {
    const base = entry.published ?? entry.draft
    if (!base) continue
    const created = await restore({
      collection: 'campaigns',
      doc: base,
      status: entry.published ? 'published' : 'draft',
    })
    if (entry.published && entry.draft) await restoreDraft(created.id, entry.draft)
    remember('campaigns', entry.id, created.id)
    restored.campaigns += 1
  }
  log(`import: campaigns ${restored.campaigns}`)

  return { manifest, restored, usersWithoutPassword, warnings }
}
