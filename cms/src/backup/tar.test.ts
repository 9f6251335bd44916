import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { extractArchive, writeArchive } from './archive'

const dir = mkdtempSync(path.join(tmpdir(), 'backup-tar-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const longName = `media/${'kế-hoạch-triển-khai-'.repeat(6)}2021.pdf`
const entries = [
  { path: 'data/sites.json', data: Buffer.from('[]\n') },
  { path: 'media/empty.txt', data: Buffer.alloc(0) },
  { path: longName, data: Buffer.alloc(513, 7) },
]

const write = async (file: string) =>
  writeArchive({
    file,
    mtime: new Date('2026-12-02T00:00:00Z'),
    entries: (async function* () {
      yield* entries
    })(),
    lastEntry: (written) => ({ path: 'manifest.json', data: Buffer.from(JSON.stringify(written)) }),
  })

describe('the backup archive (tar.gz)', () => {
  it('gives back every entry, long and non-ASCII names included, with its SHA-256', async () => {
    const file = path.join(dir, 'a.tar.gz')
    await write(file)
    const out = mkdtempSync(path.join(dir, 'out-'))
    const extracted = await extractArchive(file, out)
    expect([...extracted.keys()]).toEqual([...entries.map((e) => e.path), 'manifest.json'])
    const listed = JSON.parse(readFileSync(extracted.get('manifest.json')?.file ?? '', 'utf8'))
    for (const entry of entries) {
      const got = extracted.get(entry.path)
      expect(readFileSync(got?.file ?? '')).toEqual(entry.data)
      expect(listed.find((l: { path: string }) => l.path === entry.path)?.sha256).toBe(got?.sha256)
    }
  })

  it('is a standard archive the system tar lists', async () => {
    const file = path.join(dir, 'b.tar.gz')
    await write(file)
    const names = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')
    expect(names).toEqual([...entries.map((e) => e.path), 'manifest.json'])
  })

  it('says where a cut-short archive ends', async () => {
    const file = path.join(dir, 'c.tar.gz')
    await write(file)
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expect(extractArchive(file, mkdtempSync(path.join(dir, 'out-')))).rejects.toThrow(
      /cut short/,
    )
  })
})
