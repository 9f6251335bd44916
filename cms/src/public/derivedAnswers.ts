// Answers made from another answer (the alt text from what a site shows now, the archive page from
// the archive's JSON, /go's target): rendered once per source entry and kept until the source
// stops being fresh — same content version, same expiry — so they are invalidated exactly as the
// JSON is and never query the database themselves.
import type { Answer, AnswerState } from './publicAnswers'
import type { CachedBody } from './responseCache'
import { createResponseCache } from './responseCache'

export interface DerivedAnswersOptions<Query, Source, Value> {
  now: () => Date
  /** Most entries kept; keys are made only for known sites, so this is a backstop. */
  maxEntries: number
  serialize: (value: Value) => Buffer
  keyOf: (query: Query) => string
  /** The answer this one is made from; throws for an unknown site. */
  source: (query: Query) => Promise<Answer<Source>>
  derive: (source: Source, query: Query) => Value | Promise<Value>
}

export const createDerivedAnswers = <Query, Source, Value>({
  now,
  maxEntries,
  serialize,
  keyOf,
  source,
  derive,
}: DerivedAnswersOptions<Query, Source, Value>) => {
  const cache = createResponseCache<Value>({ now, maxEntries, serialize })
  return {
    keyOf,
    peek: cache.peek,
    get: async (query: Query): Promise<Answer<Value>> => {
      const key = keyOf(query)
      const fresh = cache.peek(key)
      if (fresh) return { entry: fresh, state: 'HIT' }
      const from = await source(query)
      const entry: CachedBody<Value> = await cache.fill(key, async () => ({
        value: await derive(from.entry.value, query),
        expiresAt: from.entry.expiresAt,
        allowedOrigins: from.entry.allowedOrigins,
        version: from.entry.version,
      }))
      const state: AnswerState = from.state === 'STALE' ? 'STALE' : 'MISS'
      return { entry, state }
    },
    size: cache.size,
  }
}

export type DerivedAnswers<Query, Value> = ReturnType<
  typeof createDerivedAnswers<Query, unknown, Value>
>
