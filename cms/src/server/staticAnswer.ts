import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { matchesEtag } from '../public/httpSupport'

/** Sends fixed bytes with an ETag, answering 304 when the client already has them. */
export const sendStatic = (
  request: IncomingMessage,
  response: ServerResponse,
  { body, etag, headers }: { body: Buffer; etag: string; headers: OutgoingHttpHeaders },
): void => {
  const all = { ...headers, etag, 'x-content-type-options': 'nosniff' }
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, all)
    response.end()
    return
  }
  response.writeHead(200, { ...all, 'content-length': body.length })
  response.end(request.method === 'HEAD' ? undefined : body)
}

export const sendText = (response: ServerResponse, status: number, text: string): void => {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(text)
}
