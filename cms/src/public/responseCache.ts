// Ready-to-send response bodies in memory, keyed by route, site, locale and year.
// An entry is fresh while no content changed (changeSignal), its TTL has not run out and the
// site's day has not turned (phase and days left change at local midnight). A stale entry is kept
// as the last good answer for when the database is down.
import type { Compressed } from './contentEncoding'
import { compress } from './contentEncoding'
import { contentVersion } from './changeSignal'
import { strongEtag } from './httpSupport'

export interface CachedBody<Value = unknown> {
  /** What the body was made from, for answers derived from this one (pages, alt text). */
  value: Value
  body: Buffer
  /** Brotli and gzip copies, made once per entry. */
  compressed: Compressed
  etag: string
  /** Epoch ms after which the body must be rebuilt. */
  expiresAt: number
  version: number
  /** The site's allowed origins, so CORS (and framing) is answered from memory too. */
  allowedOrigins: readonly string[]
}

/** What a build returns: the value, when it stops being true and who may read it. */
export interface BuiltAnswer<Value> {
  value: Value
  expiresAt: number
  allowedOrigins: readonly string[]
  /** The content version the value was read at, when it comes from another entry. */
  version?: number
}

export interface ResponseCacheOptions<Value> {
  now: () => Date
  /** Most entries kept; the oldest go first (slugs come from URLs, so keys are bounded here). */
  maxEntries?: number
  /** The bytes sent for a value: JSON unless said otherwise. */
  serialize?: (value: Value) => Buffer
}

const toJson = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))

export const createResponseCache = <Value>({
  now,
  maxEntries = 2000,
  serialize = toJson,
}: ResponseCacheOptions<Value>) => {
  const entries = new Map<string, CachedBody<Value>>()
  const pending = new Map<string, Promise<CachedBody<Value>>>()

  const isFresh = (entry: CachedBody<Value>): boolean =>
    entry.version === contentVersion() && now().getTime() < entry.expiresAt

  const remember = (key: string, entry: CachedBody<Value>) => {
    entries.delete(key)
    entries.set(key, entry)
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
  }

  return {
    /** The fresh entry, if any: the hot path, no promise and no allocation. */
    peek: (key: string): CachedBody<Value> | undefined => {
      const entry = entries.get(key)
      return entry && isFresh(entry) ? entry : undefined
    },

    /** The last good body, however old: served (marked stale) when a rebuild fails. */
    lastGood: (key: string): CachedBody<Value> | undefined => entries.get(key),

    /** Rebuilds the entry; concurrent misses for one key share one build. */
    fill: (key: string, build: () => Promise<BuiltAnswer<Value>>): Promise<CachedBody<Value>> => {
      const running = pending.get(key)
      if (running) return running
      const startedAt = contentVersion()
      const promise = build()
        .then(({ value, expiresAt, allowedOrigins, version = startedAt }) => {
          const body = serialize(value)
          const entry: CachedBody<Value> = {
            value,
            body,
            // Brotli 5: within a few percent of 11 on a few kB of JSON, at a fraction of the time.
            compressed: compress(body, { quality: 5 }),
            etag: strongEtag(body),
            expiresAt,
            version,
            allowedOrigins,
          }
          // A change that landed while building makes this body outdated: serve it once, keep none.
          if (version === contentVersion()) remember(key, entry)
          return entry
        })
        .finally(() => pending.delete(key))
      pending.set(key, promise)
      return promise
    },

    clear: () => entries.clear(),
    size: () => entries.size,
  }
}

export type ResponseCache<Value> = ReturnType<typeof createResponseCache<Value>>
