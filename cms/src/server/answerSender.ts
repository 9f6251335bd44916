// Sends a cached public answer: the representation the request accepts (brotli, gzip or plain),
// 304 when its ETag matches, CORS for the site's allowed origins. Header lists are built once per
// entry and encoding, so a hit only adds the CORS header: the hot path allocates almost nothing.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Encoding } from '../public/contentEncoding'
import { chooseEncoding, etagFor } from '../public/contentEncoding'
import { allowOrigin, matchesEtag } from '../public/httpSupport'
import type { AnswerState } from '../public/publicAnswers'
import type { CachedBody } from '../public/responseCache'
import { hasSession } from './hasSession'

export interface AnswerSenderOptions {
  contentType: string
  /** Cache-Control of a fresh answer (a stale one must be revalidated). */
  cacheControl: string
  /** CORS per site (the JSON and the alt text); pages are not read by scripts. */
  hasCors: boolean
  /** Headers that follow from the entry, such as framing rules from its allowed origins. */
  headersOf?: (entry: CachedBody) => string[]
}

export type AnswerSender = (
  request: IncomingMessage,
  response: ServerResponse,
  entry: CachedBody,
  state: AnswerState,
) => void

const STALE_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

/** The same headers with the shared cache lifetime replaced by "ask every time". */
const asPrivate = (headers: string[]): string[] =>
  headers.map((value, index) => (headers[index - 1] === 'cache-control' ? PRIVATE : value))

const PRIVATE = 'private, no-cache'

export const createAnswerSender = ({
  contentType,
  cacheControl,
  hasCors,
  headersOf,
}: AnswerSenderOptions): AnswerSender => {
  const vary = hasCors ? 'Origin, Accept-Encoding' : 'Accept-Encoding'
  const hitHeaders = new WeakMap<CachedBody, Map<Encoding | null, string[]>>()

  const headersFor = (entry: CachedBody, state: AnswerState, encoding: Encoding | null) => {
    const known = state === 'HIT' ? hitHeaders.get(entry)?.get(encoding) : undefined
    if (known) return known
    const headers = [
      'content-type',
      contentType,
      'x-content-type-options',
      'nosniff',
      'vary',
      vary,
      'cache-control',
      state === 'STALE' ? STALE_CACHE_CONTROL : cacheControl,
      'etag',
      etagFor(entry.etag, encoding),
      'x-cache',
      state,
    ]
    if (encoding) headers.push('content-encoding', encoding)
    if (headersOf) headers.push(...headersOf(entry))
    if (state === 'HIT') {
      const byEncoding = hitHeaders.get(entry) ?? new Map<Encoding | null, string[]>()
      hitHeaders.set(entry, byEncoding.set(encoding, headers))
    }
    return headers
  }

  return (request, response, entry, state) => {
    const cors = hasCors ? allowOrigin(request.headers.origin, entry.allowedOrigins) : undefined
    const encoding = chooseEncoding(request.headers['accept-encoding'], entry.compressed)
    const shared = headersFor(entry, state, encoding)
    // A signed-in editor's browser asks again every time (an ETag makes it a 304): the admin and
    // a same-origin portal page share its HTTP cache, and what was just published must show.
    const headers = hasSession(request) ? asPrivate(shared) : shared
    const all = cors ? [...headers, 'access-control-allow-origin', cors] : headers
    if (matchesEtag(request.headers['if-none-match'], etagFor(entry.etag, encoding))) {
      response.writeHead(304, all)
      response.end()
      return
    }
    const body = (encoding && entry.compressed[encoding]) || entry.body
    response.writeHead(200, [...all, 'content-length', String(body.length)])
    response.end(request.method === 'HEAD' ? undefined : body)
  }
}
