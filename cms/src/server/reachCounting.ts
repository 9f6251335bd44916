// Where the front server's routes meet the reach counter: which answer says what a site shows
// now, and which requests come from this CMS's own /embed page (the iframe snippet's banner asks
// for the campaign JSON and follows /go from there: counted as the iframe's, once).
import type { IncomingMessage } from 'node:http'

import type { Locale } from '@campaign/shared/routes'
import { EMBED_PREFIX } from '@campaign/shared/routes'

import type { PublicAnswers } from '../public/publicAnswers'
import type { CountRequest } from '../reach/reachCounter'

/** Was the request made by a page under /embed/ on this host? Only the path is looked at. */
export const isFromEmbedPage = (request: IncomingMessage): boolean => {
  const referer = request.headers.referer
  if (referer === undefined || !referer.includes(EMBED_PREFIX)) return false
  try {
    const url = new URL(referer)
    return url.host === request.headers.host && url.pathname.startsWith(EMBED_PREFIX)
  } catch {
    return false
  }
}

/**
 * Counts a request against what the site shows now in `locale`: from memory when the answer is
 * fresh, else once it is built (the visitor's answer never waits for the count).
 */
export const countAgainstCurrent = (
  answers: PublicAnswers,
  request: IncomingMessage,
  { slug, locale }: { slug: string; locale: Locale | null },
  count: CountRequest,
): void => {
  const query = { slug, locale, year: null }
  const fresh = answers.current.peek(answers.current.keyOf(query))
  if (fresh) return count(request, fresh.value)
  answers.current.get(query).then(
    ({ entry }) => count(request, entry.value),
    () => undefined,
  )
}
