// The database failing under running servers, and coming back.
//
// A running process never notices what happens to the SQLite file's name: it reads and writes
// through the handles it opened at start, and Payload's SQLite adapter runs without transactions
// (its default), so libsql never opens another connection. Moving the file away, deleting it or
// making it unreadable changes nothing for it (checked while writing this script). What a process
// does notice is its file access failing, as on a disk error: here, through gdb, every handle the
// server processes hold on the database file and its WAL is swapped for one on a directory (the
// original kept under another number), so every read and write of theirs fails while the file
// itself stays untouched; swapping back (and taking their file locks again) ends the fault. A row
// written by this script's own connection, as any save does, makes the servers drop their page
// caches and really go to the file (a warm cache would keep answering without touching it).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { closeSync, openSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { repoRoot } from '../bench/cmsProcess'

/** The handles `pid` holds on the database file, then those on its WAL. */
const handlesOf = (pid: number, databaseFile: string): number[] => {
  const targets = new Map<number, string>()
  for (const fd of readdirSync(`/proc/${pid}/fd`).map(Number)) {
    try {
      targets.set(fd, readlinkSync(`/proc/${pid}/fd/${fd}`))
    } catch {
      // closed meanwhile
    }
  }
  const on = (file: string) =>
    [...targets].filter(([, target]) => target === file).map(([fd]) => fd)
  return [...on(databaseFile), ...on(`${databaseFile}-wal`)]
}

/**
 * The POSIX locks `pid` holds on the database file (/proc/locks): closing any handle on a file
 * drops all of a process's locks on it, so they are taken again once the handles are back.
 * SQLite needs them: a connection closing while no other holds a lock believes it is the last
 * one and deletes the WAL and shared-memory files under the others.
 */
const locksOf = (pid: number, databaseFile: string) => {
  const inode = statSync(databaseFile).ino
  return readFileSync('/proc/locks', 'utf8')
    .split('\n')
    .map((line) => /POSIX\s+ADVISORY\s+(READ|WRITE)\s+(\d+)\s+\S+:(\d+)\s+(\d+)\s+(\d+)/.exec(line))
    .filter((match) => match !== null && Number(match[2]) === pid && Number(match[3]) === inode)
    .map((match) => ({
      isWrite: match?.[1] === 'WRITE',
      start: Number(match?.[4]),
      length: Number(match?.[5]) - Number(match?.[4]) + 1,
    }))
}

/**
 * Evaluates `expressions` inside `pid` (gdb attaches for about a second: the process pauses),
 * each printed as `$n = value`; their values, in order.
 */
const evaluateIn = async (pid: number, expressions: string[]): Promise<number[]> => {
  const { stdout } = await promisify(execFile)(
    'gdb',
    ['-p', String(pid), '-nx', '-batch', ...expressions.flatMap((e) => ['-ex', `print ${e}`])],
    { encoding: 'utf8', timeout: 30_000 },
  )
  const values = [...stdout.matchAll(/^\$\d+ = (-?\d+)$/gm)].map((match) => Number(match[1]))
  if (values.length !== expressions.length) throw new Error(`gdb in ${pid}: ${stdout}`)
  return values
}

// Linux x86-64 system calls, made from inside the process. Nothing here allocates in it (no
// string, no malloc): gdb may stop it while one of its threads holds the allocator's lock.
/** A number as a C long, or a gdb value (`$1`, `$flock`) as it is. */
const arg = (value: number | string) => (typeof value === 'number' ? `${value}L` : value)
const close = (fd: number | string) => `(long)syscall(3L, ${arg(fd)})`
const dup = (fd: number) => `(long)syscall(32L, ${fd}L)`
const dup2 = (from: number | string, to: number) => `(long)syscall(33L, ${arg(from)}, ${to}L)`
/** A handle on this script's process, then a copy of one of its handles (Linux ≥ 5.6). */
const pidfdOpen = (pid: number) => `(long)syscall(434L, ${pid}L, 0L)`
const pidfdGetfd = (pidfd: string, fd: number) => `(long)syscall(438L, ${pidfd}, ${fd}L, 0L)`
const F_SETLK = 6
/** fcntl(fd, F_SETLK, &flock) for each lock, the struct in a page mapped for it (mmap). */
const takeLocks = (
  fd: number,
  locks: ReadonlyArray<{ isWrite: boolean; start: number; length: number }>,
) =>
  locks.length === 0
    ? []
    : [
        '$flock = (long)syscall(9L, 0L, 4096L, 3L, 34L, -1L, 0L)',
        ...locks.flatMap(({ isWrite, start, length }) => [
          `*(short*)($flock) = ${isWrite ? 1 : 0}`,
          '*(short*)($flock + 2) = 0',
          `*(long*)($flock + 8) = ${start}L`,
          `*(long*)($flock + 16) = ${length}L`,
          `(long)syscall(72L, ${fd}L, ${F_SETLK}L, $flock)`,
        ]),
        '(long)syscall(11L, $flock, 4096L)',
      ]

export interface LibsqlClient {
  execute: (stmt: {
    sql: string
    args: Array<string | number>
  }) => Promise<{ rows: Array<Record<string, unknown>> }>
  close: () => void
}

/** Payload's own SQLite driver, as the CMS resolves it (this package does not depend on it). */
export const openDatabase = async (databaseFile: string): Promise<LibsqlClient> => {
  const fromCms = createRequire(path.join(repoRoot, 'cms/package.json'))
  const fromAdapter = createRequire(fromCms.resolve('@payloadcms/db-sqlite'))
  const { createClient } = (await import(fromAdapter.resolve('@libsql/client'))) as {
    createClient: (config: { url: string }) => LibsqlClient
  }
  return createClient({ url: `file:${databaseFile}` })
}

/** One harmless row in Payload's key-value store: every connection's page cache is stale after. */
const touch = (client: LibsqlClient) =>
  client.execute({
    sql: 'INSERT INTO payload_kv (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data',
    args: ['load-test-database-fault', JSON.stringify({ at: new Date().toISOString() })],
  })

export interface DatabaseFault {
  /** Puts every handle and lock back; the processes read the file again. */
  restore: () => Promise<void>
}

export const breakDatabase = async (
  databaseFile: string,
  pids: readonly number[],
): Promise<DatabaseFault> => {
  // Open for the whole fault, before any lock is dropped: its connection closing is what must
  // never happen while the servers hold none (see locksOf).
  const client = await openDatabase(databaseFile)
  await client.execute({ sql: 'PRAGMA busy_timeout = 5000', args: [] })
  type Broken = { pid: number; pairs: Array<[number, number]>; locks: ReturnType<typeof locksOf> }
  const broken: Broken[] = []
  const restore = async () => {
    try {
      // Settled, all of them, before the connection closes (see locksOf).
      const results = await Promise.allSettled(
        broken.splice(0).map(async ({ pid, pairs, locks }) => {
          const [databaseFd] = pairs[0] ?? [-1]
          const values = await evaluateIn(pid, [
            ...pairs.flatMap(([fd, copy]) => [dup2(copy, fd), close(copy)]),
            ...takeLocks(databaseFd, locks),
          ])
          if (values.some((value) => value < 0)) throw new Error(`in ${pid}: ${values.join(' ')}`)
        }),
      )
      for (const result of results) if (result.status === 'rejected') throw result.reason
      await touch(client)
    } finally {
      client.close()
    }
  }
  // A directory opened read-only here, copied into each server process.
  const directory = openSync('/', 'r')
  try {
    const results = await Promise.allSettled(
      pids.map(async (pid) => {
        const fds = handlesOf(pid, databaseFile)
        if (fds.length === 0) throw new Error(`process ${pid} holds no handle on ${databaseFile}`)
        const locks = locksOf(pid, databaseFile)
        // In one pause of the process: this script's directory handle copied into it ($2, by
        // way of a handle on this process, $1), a copy of each database handle ($3…), then each
        // database handle replaced by the directory: every read of it fails (EISDIR), every
        // write too (EBADF), and its number stays taken (a closed number would go to the next
        // connection accepted, which putting the file back would then cut).
        const values = await evaluateIn(pid, [
          pidfdOpen(process.pid),
          pidfdGetfd('$1', directory),
          ...fds.map((fd) => dup(fd)),
          ...fds.map((fd) => dup2('$2', fd)),
          close('$2'),
          close('$1'),
        ])
        const copies = values.slice(2, 2 + fds.length)
        broken.push({ pid, pairs: fds.map((fd, index) => [fd, copies[index] ?? -1]), locks })
        if (values.some((value) => value < 0)) throw new Error(`in ${pid}: ${values.join(' ')}`)
      }),
    )
    for (const result of results) if (result.status === 'rejected') throw result.reason
    // A change, as any save makes: the servers drop their page caches and go to the file.
    await touch(client)
  } catch (error) {
    await restore()
    throw error
  } finally {
    closeSync(directory)
  }
  return { restore }
}
