import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { matchesEtag } from '../public/httpSupport'
import type { Compressed } from '../public/contentEncoding'
import { chooseEncoding, etagFor } from '../public/contentEncoding'

/**
 * Sends fixed bytes with an ETag, answering 304 when the client already has them; in brotli or
 * gzip when `compressed` has a copy the request accepts.
 */
export const sendStatic = (
  request: IncomingMessage,
  response: ServerResponse,
  {
    body,
    etag,
    headers,
    compressed = {},
  }: { body: Buffer; etag: string; headers: OutgoingHttpHeaders; compressed?: Compressed },
): void => {
  const encoding = chooseEncoding(request.headers['accept-encoding'], compressed)
  const sent = (encoding && compressed[encoding]) || body
  const all: OutgoingHttpHeaders = {
    ...headers,
    etag: etagFor(etag, encoding),
    'x-content-type-options': 'nosniff',
  }
  if (Object.keys(compressed).length) all.vary = 'Accept-Encoding'
  if (encoding) all['content-encoding'] = encoding
  if (matchesEtag(request.headers['if-none-match'], all.etag as string)) {
    response.writeHead(304, all)
    response.end()
    return
  }
  response.writeHead(200, { ...all, 'content-length': sent.length })
  response.end(request.method === 'HEAD' ? undefined : sent)
}

export const sendText = (response: ServerResponse, status: number, text: string): void => {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(text)
}
