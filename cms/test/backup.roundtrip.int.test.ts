// `pnpm export` → `pnpm run import` into a fresh SQLite database (another process, its own media
// folder) → export again: the same content and the same file bytes; damaged archives and
// non-empty databases are refused.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ExtractedEntry } from '../src/backup/archive'
import { extractArchive, writeArchive } from '../src/backup/archive'
import { exportBackup } from '../src/backup/exportBackup'
import { remapIds } from '../src/backup/fieldData'
import { BackupRefusal, importBackup } from '../src/backup/importBackup'
import type { BackupCollection, Manifest } from '../src/backup/manifest'
import { BACKUP_COLLECTIONS, MANIFEST_PATH, dataEntryPath } from '../src/backup/manifest'
import type { BackupDoc, CampaignEntry } from '../src/backup/records'
import { collectionFields } from '../src/backup/records'
import { env } from '../src/env'
import { seed } from '../src/seed'
import { DEMO_SLUG } from '../src/seed/seedDemoEdition'
import { PLAN_FILENAME } from '../src/seed/seedEditions'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'

const dir = process.env.TEST_DIR ?? ''
const file = (name: string) => path.join(dir, name)
const ADMIN = { email: 'admin@example.com', password: 'admin-dev-only' }
const DRAFT_TITLE = '[DEMO] Bản nháp chưa xuất bản'
const NEVER_PUBLISHED = 'Kỳ 2027, chưa từng xuất bản'

let testPayload: TestPayload
let payload: Payload

const read = async (archive: string) => {
  const out = file(`read-${path.basename(archive)}-${Math.random().toString(36).slice(2)}`)
  mkdirSync(out, { recursive: true })
  const entries = await extractArchive(archive, out)
  const text = (name: string) => readFileSync(entries.get(name)?.file ?? '', 'utf8')
  return {
    entries,
    manifest: JSON.parse(text(MANIFEST_PATH)) as Manifest,
    data: <T = BackupDoc>(collection: BackupCollection) =>
      JSON.parse(text(dataEntryPath(collection))) as T[],
  }
}

beforeAll(async () => {
  testPayload = await startTestPayload()
  payload = testPayload.payload
  await seed({ payload })
  // An image (Payload makes its thumbnail) as the demo edition's banner, published as a major
  // update, then a draft on top in both languages.
  const image = readFileSync(path.resolve(import.meta.dirname, 'fixtures/banner-bar-vi.png'))
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: DEMO_SLUG } },
    overrideAccess: true,
  })
  const demo = docs[0]
  if (!demo) throw new Error('the seed made no demo edition')
  const banner = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { title: 'Ảnh banner', alt: 'Băng rôn Tháng hành động', ownerSite: demo.sites[0] },
    file: { data: image, mimetype: 'image/png', name: 'banner-bar-vi.png', size: image.length },
  })
  await payload.update({
    collection: 'campaigns',
    id: demo.id,
    overrideAccess: true,
    data: { bannerImage: banner.id, majorUpdate: true, _status: 'published' },
  })
  await payload.update({
    collection: 'campaigns',
    id: demo.id,
    overrideAccess: true,
    draft: true,
    locale: 'vi',
    data: { title: DRAFT_TITLE, _status: 'draft' },
  })
  await payload.update({
    collection: 'campaigns',
    id: demo.id,
    overrideAccess: true,
    draft: true,
    locale: 'en',
    data: { theme: 'Draft theme, not yet published', _status: 'draft' },
  })
  // An edition never published: a draft only.
  await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    draft: true,
    data: { title: NEVER_PUBLISHED, sites: demo.sites, year: 2027, _status: 'draft' },
  })
  const common = { payload, databaseUrl: env.databaseUrl, mediaDir: env.mediaDir, log: () => {} }
  await exportBackup({ ...common, file: file('backup.tar.gz'), withPasswords: false })
  await exportBackup({ ...common, file: file('backup-pw.tar.gz'), withPasswords: true })
}, 180_000)

afterAll(async () => {
  await testPayload?.cleanup()
})

/** Content without ids and timestamps: references become "<collection>#<position in archive>". */
const comparable = (archive: Awaited<ReturnType<typeof read>>) => {
  const positions = new Map<string, Map<string, number>>()
  for (const collection of BACKUP_COLLECTIONS) {
    const docs = archive.data<{ id: unknown }>(collection)
    positions.set(collection, new Map(docs.map((doc, index) => [String(doc.id), index])))
  }
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip)
    if (typeof value !== 'object' || value === null) return value
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key))
        .map(([key, item]) => [key, strip(item)]),
    )
  }
  const normal = (collection: BackupCollection, doc: BackupDoc | null) =>
    doc &&
    strip(
      remapIds(collectionFields(payload, collection), doc, (relationTo, id) => {
        const position = positions.get(relationTo)?.get(String(id))
        return position === undefined ? undefined : `${relationTo}#${position}`
      }),
    )
  return Object.fromEntries(
    BACKUP_COLLECTIONS.map((collection) => [
      collection,
      collection === 'campaigns'
        ? archive.data<CampaignEntry>('campaigns').map((entry) => ({
            published: normal('campaigns', entry.published),
            draft: normal('campaigns', entry.draft),
          }))
        : archive.data(collection).map((doc) => normal(collection, doc)),
    ]),
  )
}

const fileHashes = (manifest: Manifest) =>
  Object.fromEntries(
    manifest.entries
      .filter((entry) => entry.path.startsWith('media/'))
      .map((entry) => [entry.path, entry.sha256]),
  )

describe('pnpm export', () => {
  it('writes the published and the draft state of an edition with a draft', async () => {
    const { data, manifest } = await read(file('backup.tar.gz'))
    const demo = data<CampaignEntry>('campaigns').find(
      (entry) => entry.published?.slug === DEMO_SLUG,
    )
    expect(demo?.published?.title).toMatchObject({ vi: expect.not.stringMatching(DRAFT_TITLE) })
    expect(demo?.published?.majorRevision).toBe(1)
    expect(demo?.draft?.title).toMatchObject({ vi: DRAFT_TITLE })
    const draftOnly = data<CampaignEntry>('campaigns').find(
      (entry) =>
        entry.draft?.title && (entry.draft.title as { vi?: string }).vi === NEVER_PUBLISHED,
    )
    expect(draftOnly?.published).toBeNull()
    expect(manifest.counts).toMatchObject({ campaignDrafts: 2, media: 2, files: 3 })
    expect(Object.keys(fileHashes(manifest))).toContain(`media/${PLAN_FILENAME}`)
  })

  it('leaves password hashes and salts out unless --with-passwords is asked', async () => {
    const users = (await read(file('backup.tar.gz'))).data('users')
    expect(users.length).toBeGreaterThan(0)
    for (const user of users) expect(Object.keys(user)).not.toContain('hash')
    for (const user of users) expect(Object.keys(user)).not.toContain('salt')
    const withPasswords = (await read(file('backup-pw.tar.gz'))).data('users')
    for (const user of withPasswords) expect(user).toMatchObject({ hash: expect.any(String) })
    for (const user of withPasswords) expect(Object.keys(user)).not.toContain('sessions')
  })
})

describe('pnpm run import', () => {
  it('refuses a damaged archive, naming the entry, before touching the database', async () => {
    const original = await read(file('backup.tar.gz'))
    const damagedEntry = `media/${PLAN_FILENAME}`
    const entries = [...original.entries.values()].filter((e) => e.path !== MANIFEST_PATH)
    await writeArchive({
      file: file('damaged.tar.gz'),
      mtime: new Date(),
      entries: (async function* () {
        for (const entry of entries as ExtractedEntry[]) {
          const data = readFileSync(entry.file)
          if (entry.path === damagedEntry) data.writeUInt8(data.readUInt8(100) ^ 0xff, 100)
          yield { path: entry.path, data }
        }
      })(),
      lastEntry: () => ({
        path: MANIFEST_PATH,
        data: readFileSync(original.entries.get(MANIFEST_PATH)?.file ?? ''),
      }),
    })
    const before = await payload.count({ collection: 'campaigns', overrideAccess: true })
    const attempt = importBackup({
      payload,
      file: file('damaged.tar.gz'),
      force: true,
      log: () => {},
    })
    await expect(attempt).rejects.toThrow(BackupRefusal)
    await expect(attempt).rejects.toThrow(`entry "${damagedEntry}" is damaged`)
    expect(await payload.count({ collection: 'campaigns', overrideAccess: true })).toEqual(before)
  })

  it('refuses a database that is not empty, saying what it holds', async () => {
    const attempt = importBackup({
      payload,
      file: file('backup.tar.gz'),
      force: false,
      log: () => {},
    })
    await expect(attempt).rejects.toThrow(BackupRefusal)
    await expect(attempt).rejects.toThrow(/not empty: it holds 2 sites, 2 media, \d+ documents/)
  })

  it('restores into a fresh SQLite database: exported again, the same content and file bytes', async () => {
    const fresh = file('fresh')
    const child = spawn(
      process.execPath,
      [
        '--conditions=development',
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, 'helpers/restoreProcess.ts'),
        file('backup-pw.tar.gz'),
        file('again.tar.gz'),
        ADMIN.email,
        ADMIN.password,
      ],
      {
        cwd: path.resolve(import.meta.dirname, '..'),
        env: {
          ...process.env,
          DATABASE_URL: `file:${path.join(fresh, 'restored.db')}`,
          MEDIA_DIR: path.join(fresh, 'media'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code, stderr).toBe(0)
    const result = JSON.parse(/^RESULT (.*)$/m.exec(stdout)?.[1] ?? 'null') as {
      restored: Record<string, number>
      warnings: string[]
      canSignIn: boolean
    }
    expect(result.warnings).toEqual([])
    // The archive made --with-passwords restores the hash: the seeded password signs in.
    expect(result.canSignIn).toBe(true)

    const [first, again] = [await read(file('backup.tar.gz')), await read(file('again.tar.gz'))]
    expect(again.manifest.counts).toEqual(first.manifest.counts)
    expect(comparable(again)).toEqual(comparable(first))
    expect(fileHashes(again.manifest)).toEqual(fileHashes(first.manifest))
  }, 240_000)

  // Last: it replaces this file's database with the archive's content.
  it('with --force, also deletes the reach counts (they name editions by ids a restore reuses)', async () => {
    const { docs } = await payload.find({
      collection: 'campaigns',
      where: { slug: { equals: DEMO_SLUG } },
      depth: 0,
      overrideAccess: true,
    })
    const demo = docs[0]
    if (!demo) throw new Error('no demo edition')
    await payload.create({
      collection: 'reach-counts',
      overrideAccess: true,
      data: {
        key: `test|${demo.id}|2026-12-01|script|people`,
        writer: 'test',
        site: demo.sites[0],
        edition: String(demo.id),
        day: '2026-12-01',
        kind: 'script',
        isBot: false,
        displays: 7,
        clicks: 1,
      },
    })
    const summary = await importBackup({
      payload,
      file: file('backup.tar.gz'),
      force: true,
      log: () => {},
    })
    expect(summary.restored.campaigns).toBeGreaterThan(0)
    expect(await payload.count({ collection: 'reach-counts', overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
  })
})
