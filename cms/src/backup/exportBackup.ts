// `pnpm export`: the content of one installation as one portable archive (see manifest.ts).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { cmsRoot, isMongoUrl } from '../env'
import type { EntryToWrite } from './archive'
import { writeArchive } from './archive'
import type { BackupCollection, Manifest } from './manifest'
import { MANIFEST_PATH, buildManifest, dataEntryPath } from './manifest'
import { type BackupDoc, type CampaignEntry, collectionFields, mediaEntryPath } from './records'
import { storedData } from './fieldData'
import { userForBackup } from './userFields'

/** How often the file copy reports progress. */
const FILES_PER_PROGRESS_LINE = 50

const readAll = async (
  payload: Payload,
  collection: BackupCollection,
  { draft = false, showHiddenFields = false } = {},
): Promise<BackupDoc[]> => {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    draft,
    overrideAccess: true,
    showHiddenFields,
    pagination: false,
    sort: 'id',
  })
  const fields = collectionFields(payload, collection)
  return docs.map((doc) => storedData(fields, doc as unknown as BackupDoc))
}

/** The URLs Payload adds on read depend on the server's address: not content. */
const withoutFileUrls = (doc: BackupDoc): BackupDoc => {
  const { url: _url, thumbnailURL: _thumbnail, sizes, ...rest } = doc
  if (typeof sizes !== 'object' || sizes === null) return rest
  const storedSizes = Object.fromEntries(
    Object.entries(sizes as Record<string, BackupDoc>).map(([name, size]) => {
      const { url: _sizeUrl, ...stored } = size ?? {}
      return [name, stored]
    }),
  )
  return { ...rest, sizes: storedSizes }
}

/** The file names a media document keeps in the media folder: the original and its sizes. */
export const storedFileNames = (media: BackupDoc): string[] => {
  const names = typeof media.filename === 'string' ? [media.filename] : []
  const sizes = media.sizes
  if (typeof sizes === 'object' && sizes !== null) {
    for (const size of Object.values(sizes as Record<string, BackupDoc | null>)) {
      if (typeof size?.filename === 'string') names.push(size.filename)
    }
  }
  return names
}

/** Each edition once, with its published state and, where newer and different, its draft. */
const readCampaigns = async (payload: Payload): Promise<CampaignEntry[]> => {
  const main = await readAll(payload, 'campaigns')
  const latest = new Map(
    (await readAll(payload, 'campaigns', { draft: true })).map((doc) => [String(doc.id), doc]),
  )
  return main.map((doc) => {
    const newest = latest.get(String(doc.id)) ?? doc
    const published = doc._status === 'published' ? doc : null
    const draft = newest._status === 'draft' ? newest : published ? null : doc
    return { id: doc.id as number | string, published, draft }
  })
}

const appVersion = async (): Promise<{ app: string; payload: string }> => {
  const read = async (file: string) =>
    (JSON.parse(await readFile(file, 'utf8')) as { version?: string }).version ?? 'unknown'
  return {
    app: await read(path.join(cmsRoot, 'package.json')),
    payload: await read(path.join(cmsRoot, 'node_modules', 'payload', 'package.json')),
  }
}

export interface ExportOptions {
  payload: Payload
  file: string
  databaseUrl: string
  mediaDir: string
  withPasswords: boolean
  log: (line: string) => void
  now?: Date
}

export const exportBackup = async ({
  payload,
  file,
  databaseUrl,
  mediaDir,
  withPasswords,
  log,
  now = new Date(),
}: ExportOptions): Promise<Manifest> => {
  const sites = await readAll(payload, 'sites')
  log(`export: sites ${sites.length}`)
  const media = (await readAll(payload, 'media')).map(withoutFileUrls)
  log(`export: media ${media.length}`)
  const documents = await readAll(payload, 'documents')
  log(`export: documents ${documents.length}`)
  const users = (await readAll(payload, 'users', { showHiddenFields: withPasswords })).map((user) =>
    userForBackup(user, { withPasswords }),
  )
  log(`export: users ${users.length}${withPasswords ? ' (with password hashes)' : ''}`)
  const campaigns = await readCampaigns(payload)
  const drafts = campaigns.filter((campaign) => campaign.draft).length
  log(`export: campaigns ${campaigns.length} (${drafts} with a draft)`)

  const fileNames = [...new Set(media.flatMap(storedFileNames))]
  const missing: string[] = []
  let copied = 0
  let copiedBytes = 0
  async function* entries(): AsyncIterable<EntryToWrite> {
    const json = (data: unknown) => Buffer.from(`${JSON.stringify(data, null, 1)}\n`)
    const data: Record<BackupCollection, unknown> = { sites, media, documents, users, campaigns }
    for (const [collection, docs] of Object.entries(data)) {
      yield { path: dataEntryPath(collection as BackupCollection), data: json(docs) }
    }
    for (const name of fileNames) {
      let bytes: Buffer
      try {
        bytes = await readFile(path.join(mediaDir, name))
      } catch {
        missing.push(name)
        continue
      }
      copied += 1
      copiedBytes += bytes.length
      if (copied % FILES_PER_PROGRESS_LINE === 0 || copied === fileNames.length) {
        log(`export: files ${copied}/${fileNames.length} (${(copiedBytes / 1e6).toFixed(1)} MB)`)
      }
      yield { path: mediaEntryPath(name), data: bytes }
    }
  }

  const versions = await appVersion()
  let manifest: Manifest | null = null
  await writeArchive({
    file,
    mtime: now,
    entries: entries(),
    lastEntry: (written) => {
      manifest = buildManifest(
        {
          appVersion: versions.app,
          payloadVersion: versions.payload,
          createdAt: now.toISOString(),
          adapter: isMongoUrl(databaseUrl) ? 'mongodb' : 'sqlite',
          hasPasswords: withPasswords,
          locales: payload.config.localization
            ? payload.config.localization.localeCodes
            : ['default'],
          counts: {
            sites: sites.length,
            media: media.length,
            documents: documents.length,
            users: users.length,
            campaigns: campaigns.length,
            campaignDrafts: drafts,
            files: copied,
          },
        },
        written,
      )
      return { path: MANIFEST_PATH, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }
    },
  })
  for (const name of missing) log(`export: warning: file "${name}" is missing from ${mediaDir}`)
  if (!manifest) throw new Error('the archive was written without its manifest')
  return manifest
}
