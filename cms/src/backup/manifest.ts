// What a backup holds and how to tell it arrived whole: the manifest is the archive's last entry
// and lists every other entry with its size and SHA-256.
export const MANIFEST_PATH = 'manifest.json'
export const BACKUP_FORMAT = 'campaign-cms-backup'
export const FORMAT_VERSION = 1

/** The collections a backup holds, in the order they are restored (each refers only to earlier). */
export const BACKUP_COLLECTIONS = ['sites', 'media', 'documents', 'users', 'campaigns'] as const
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number]

export const dataEntryPath = (collection: BackupCollection): string => `data/${collection}.json`

export interface ArchiveEntry {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  appVersion: string
  payloadVersion: string
  createdAt: string
  /** The database adapter the data came from: `sqlite` or `mongodb`. */
  adapter: string
  hasPasswords: boolean
  locales: string[]
  counts: Record<BackupCollection | 'campaignDrafts' | 'files', number>
  entries: ArchiveEntry[]
}

export const buildManifest = (
  facts: Omit<Manifest, 'format' | 'formatVersion' | 'entries'>,
  entries: ArchiveEntry[],
): Manifest => ({
  format: BACKUP_FORMAT,
  formatVersion: FORMAT_VERSION,
  ...facts,
  entries: [...entries],
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEntry = (value: unknown): value is ArchiveEntry =>
  isRecord(value) &&
  typeof value.path === 'string' &&
  typeof value.size === 'number' &&
  typeof value.sha256 === 'string' &&
  /^[0-9a-f]{64}$/.test(value.sha256)

/** The manifest's JSON, checked enough to trust its entry list; throws saying what is wrong. */
export const parseManifest = (text: string): Manifest => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error(`${MANIFEST_PATH} is not valid JSON`)
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    throw new Error(`${MANIFEST_PATH} does not describe a ${BACKUP_FORMAT} archive`)
  }
  if (value.formatVersion !== FORMAT_VERSION) {
    throw new Error(
      `this archive has format version ${String(value.formatVersion)}; this version of the CMS reads version ${FORMAT_VERSION}`,
    )
  }
  if (!Array.isArray(value.entries) || !value.entries.every(isEntry)) {
    throw new Error(`${MANIFEST_PATH} has a malformed entry list`)
  }
  return value as unknown as Manifest
}

/**
 * Compares what the archive holds with what its manifest lists. Each problem names its entry;
 * an empty list means every byte arrived as written.
 */
export const checksumProblems = (
  listed: readonly ArchiveEntry[],
  found: ReadonlyMap<string, ArchiveEntry>,
): string[] => {
  const problems: string[] = []
  const listedPaths = new Set<string>()
  for (const entry of listed) {
    listedPaths.add(entry.path)
    const actual = found.get(entry.path)
    if (!actual) {
      problems.push(`entry "${entry.path}" is missing from the archive`)
    } else if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
      problems.push(
        `entry "${entry.path}" is damaged: its SHA-256 is ${actual.sha256} (${actual.size} bytes), the manifest says ${entry.sha256} (${entry.size} bytes)`,
      )
    }
  }
  for (const path of found.keys()) {
    if (path !== MANIFEST_PATH && !listedPaths.has(path)) {
      problems.push(`entry "${path}" is in the archive but not in its manifest`)
    }
  }
  return problems
}
