// Writes and reads the backup file: a gzip-compressed tar, every entry's SHA-256 taken on the way.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

import type { ArchiveEntry } from './manifest'
import {
  BLOCK,
  END_OF_ARCHIVE,
  entryHeader,
  isPaxHeader,
  isRegularFile,
  paddingFor,
  parseHeader,
  paxPath,
} from './tar'

export interface EntryToWrite {
  path: string
  data: Buffer
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/**
 * Streams `entries` into a .tar.gz at `file`, then one last entry made from the list of what was
 * written (the manifest with its checksums). One entry's bytes are in memory at a time.
 */
export const writeArchive = async ({
  file,
  entries,
  lastEntry,
  mtime,
}: {
  file: string
  entries: AsyncIterable<EntryToWrite>
  lastEntry: (written: ArchiveEntry[]) => EntryToWrite
  mtime: Date
}): Promise<void> => {
  async function* blocks() {
    const written: ArchiveEntry[] = []
    const emit = function* ({ path: name, data }: EntryToWrite) {
      yield entryHeader(name, data.length, mtime)
      yield data
      yield paddingFor(data.length)
    }
    for await (const entry of entries) {
      written.push({ path: entry.path, size: entry.data.length, sha256: sha256(entry.data) })
      yield* emit(entry)
    }
    yield* emit(lastEntry(written))
    yield END_OF_ARCHIVE
  }
  await pipeline(Readable.from(blocks()), createGzip(), createWriteStream(file))
}

export interface ExtractedEntry extends ArchiveEntry {
  /** Where its bytes were written. */
  file: string
}

/**
 * Unpacks a .tar.gz into `dir` (entries are stored under numbered names there, so no path in
 * the archive can point outside it), hashing each. A damaged or cut archive throws, naming the
 * entry it was reading.
 */
export const extractArchive = async (
  file: string,
  dir: string,
): Promise<Map<string, ExtractedEntry>> => {
  const extracted = new Map<string, ExtractedEntry>()
  let pending: Buffer = Buffer.alloc(0)
  let current = null as OpenEntry | null
  let nextPath: string | null = null
  let lastPath = '(start of archive)'
  let isEnded = false

  const finishEntry = async (entry: OpenEntry) => {
    current = null
    if (entry.isPax) {
      nextPath = paxPath(Buffer.concat(entry.pax))
      return
    }
    await entry.handle?.close()
    if (extracted.has(entry.path)) throw new Error(`entry "${entry.path}" appears twice`)
    extracted.set(entry.path, {
      path: entry.path,
      size: entry.size,
      sha256: entry.hash.digest('hex'),
      file: entry.file,
    })
    lastPath = entry.path
  }

  const startEntry = async (block: Buffer) => {
    const parsed = parseHeader(block)
    if (parsed === null) {
      isEnded = true
      return
    }
    const isPax = isPaxHeader(parsed.type)
    if (!isPax && !isRegularFile(parsed.type)) {
      throw new Error(`entry "${parsed.name}" is not a regular file (tar type ${parsed.type})`)
    }
    const name = isPax ? parsed.name : (nextPath ?? parsed.name)
    if (!isPax) nextPath = null
    const target = path.join(dir, `entry-${extracted.size}`)
    current = {
      path: name,
      size: parsed.size,
      dataLeft: parsed.size,
      paddingLeft: paddingFor(parsed.size).length,
      isPax,
      hash: createHash('sha256'),
      handle: isPax ? null : await open(target, 'w'),
      file: target,
      pax: [],
    }
  }

  /** Takes what it can from `pending`; returns when it needs more bytes. */
  const consume = async () => {
    while (!isEnded) {
      const entry: OpenEntry | null = current
      if (entry) {
        if (entry.dataLeft > 0) {
          const data = pending.subarray(0, Math.min(entry.dataLeft, pending.length))
          if (data.length === 0) return
          pending = pending.subarray(data.length)
          entry.dataLeft -= data.length
          entry.hash.update(data)
          if (entry.isPax) entry.pax.push(Buffer.from(data))
          else await entry.handle?.write(data)
        }
        const padding = Math.min(entry.paddingLeft, pending.length)
        pending = pending.subarray(padding)
        entry.paddingLeft -= padding
        if (entry.dataLeft > 0 || entry.paddingLeft > 0) return
        await finishEntry(entry)
        continue
      }
      if (pending.length < BLOCK) return
      const block = pending.subarray(0, BLOCK)
      pending = pending.subarray(BLOCK)
      await startEntry(block)
    }
  }

  const where = () => (current ? `entry "${current.path}"` : `after "${lastPath}"`)
  // pipeline() can reject on a stream error while the consumer is still writing an entry: the
  // caller must not see the error before that write is done (it removes the folder next).
  let consuming: Promise<void> = Promise.resolve()
  try {
    await pipeline(
      createReadStream(file),
      createGunzip(),
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
          consuming = consume()
          await consuming
        }
      },
    )
  } catch (error) {
    await consuming.catch(() => {})
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`the archive is damaged or cut short (${where()}): ${reason}`, {
      cause: error,
    })
  } finally {
    await current?.handle?.close()
  }
  if (current || !isEnded) throw new Error(`the archive is cut short (${where()})`)
  return extracted
}

interface OpenEntry {
  path: string
  size: number
  dataLeft: number
  paddingLeft: number
  isPax: boolean
  hash: ReturnType<typeof createHash>
  handle: FileHandle | null
  file: string
  pax: Buffer[]
}
