import { describe, expect, it } from 'vitest'

import type { ArchiveEntry } from './manifest'
import { FORMAT_VERSION, buildManifest, checksumProblems, parseManifest } from './manifest'

const hash = (c: string) => c.repeat(64)
const listed: ArchiveEntry[] = [
  { path: 'data/sites.json', size: 3, sha256: hash('a') },
  { path: 'media/plan.pdf', size: 10, sha256: hash('b') },
]
const facts = {
  appVersion: '0.1.0',
  payloadVersion: '3.90.2',
  createdAt: '2026-12-02T13:00:00.000Z',
  adapter: 'sqlite',
  hasPasswords: false,
  locales: ['vi', 'en'],
  counts: { sites: 1, media: 1, documents: 0, users: 0, campaigns: 0, campaignDrafts: 0, files: 1 },
}

describe('the manifest', () => {
  it('records the format, the facts and every entry, and reads back as written', () => {
    const manifest = buildManifest(facts, listed)
    expect(manifest.formatVersion).toBe(FORMAT_VERSION)
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest)
  })

  it('refuses another format version, naming both', () => {
    const manifest = { ...buildManifest(facts, listed), formatVersion: 99 }
    expect(() => parseManifest(JSON.stringify(manifest))).toThrow(/version 99.*version 1/)
  })

  it('refuses what is not a manifest', () => {
    expect(() => parseManifest('{')).toThrow(/not valid JSON/)
    expect(() => parseManifest('{"format":"zip"}')).toThrow(/does not describe/)
  })
})

describe('checksum verification', () => {
  const found = (entries: ArchiveEntry[]) => new Map(entries.map((e) => [e.path, e]))

  it('passes an archive whose entries match', () => {
    expect(checksumProblems(listed, found(listed))).toEqual([])
  })

  it('names a damaged, a missing and an unlisted entry', () => {
    const problems = checksumProblems(
      listed,
      found([
        { path: 'data/sites.json', size: 3, sha256: hash('c') },
        { path: 'media/extra.pdf', size: 1, sha256: hash('d') },
        { path: 'manifest.json', size: 1, sha256: hash('e') },
      ]),
    )
    expect(problems).toEqual([
      expect.stringMatching(/^entry "data\/sites.json" is damaged/),
      'entry "media/plan.pdf" is missing from the archive',
      'entry "media/extra.pdf" is in the archive but not in its manifest',
    ])
  })
})
