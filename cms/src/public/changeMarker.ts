// The change marker: one small record in the database (Payload's key-value store, a unique-indexed
// key, on SQLite and MongoDB alike) rewritten on every change the public can see. Each web instance
// reads it about once a second in the background and drops its public answers when it moved, so a
// change saved anywhere (another instance, the jobs worker) shows everywhere within ~1 s; the cache
// TTL stays as the last safety net.
import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from './afterCommit'
import { signalContentChange } from './changeSignal'

export const CHANGE_MARKER_KEY = 'public-content-change'

export type ChangeMarker = {
  /** Milliseconds since the epoch, strictly increasing within one process. */
  version: number
  changedAt: string
  /** Which process wrote it: two writes in one millisecond still differ. */
  writer: string
}

const WRITER = randomUUID()
const STATE = Symbol.for('campaign-banner.change-marker')
// Shared by every copy of this module in the process (Next's bundle and the front server's).
const state = ((globalThis as Record<symbol, unknown>)[STATE] ??= {
  lastVersion: 0,
  written: new Set<string>(),
}) as { lastVersion: number; written: Set<string> }

const tokenOf = (marker: unknown): string => {
  const { version, writer } = (marker ?? {}) as Partial<ChangeMarker>
  return `${String(version)}/${String(writer)}`
}

const writeMarker = async (payload: Payload): Promise<void> => {
  const version = Math.max(Date.now(), state.lastVersion + 1)
  state.lastVersion = version
  const marker: ChangeMarker = {
    version,
    changedAt: new Date(version).toISOString(),
    writer: WRITER,
  }
  // Our own instance already dropped its answers; its poll need not do it again.
  state.written.add(tokenOf(marker))
  if (state.written.size > 100) state.written.delete(state.written.values().next().value as string)
  try {
    await payload.kv.set(CHANGE_MARKER_KEY, { ...marker })
  } catch {
    // Two first-ever writes race on the unique key: the second one updates.
    await payload.kv.set(CHANGE_MARKER_KEY, { ...marker })
  }
}

/**
 * A change the public can see: this process's answers drop at once, other processes' on their
 * next read of the marker. The save itself never fails for the marker (the TTL still covers it).
 */
export const announcePublicChange = async (req: PayloadRequest): Promise<void> => {
  signalContentChange()
  await afterCommit(req, () =>
    writeMarker(req.payload).catch((error: unknown) =>
      req.payload.logger.warn({ err: error, msg: 'change marker not written' }),
    ),
  )
}

export interface ChangeWatch {
  stop: () => void
  /** Reads the marker now (tests; the timer does it every interval). */
  check: () => Promise<void>
}

/** Reads the marker every `intervalMs` in the background; a moved marker drops public answers. */
export const watchChangeMarker = ({
  payload,
  intervalMs = 1000,
}: {
  payload: Payload
  intervalMs?: number
}): ChangeWatch => {
  // Unknown at first: the first read counts as a change (anything built before it is dropped).
  let seen: string | null = null
  let isReading = false
  let isFailing = false
  const check = async () => {
    if (isReading) return
    isReading = true
    try {
      const token = tokenOf(await payload.kv.get(CHANGE_MARKER_KEY))
      if (token !== seen && !state.written.has(token)) signalContentChange()
      seen = token
      if (isFailing) payload.logger.info('change marker readable again')
      isFailing = false
    } catch (error) {
      // The database is away: answers stay as they are (stale ones keep being served).
      if (!isFailing) payload.logger.warn({ err: error, msg: 'change marker unreadable' })
      isFailing = true
    } finally {
      isReading = false
    }
  }
  const timer = setInterval(() => void check(), intervalMs)
  // Never what keeps the process alive.
  timer.unref()
  void check()
  return { stop: () => clearInterval(timer), check }
}
