// Every request gets an id, echoed in X-Request-Id and written on each of its log lines. Behind
// a trusted reverse proxy the proxy's id is kept (one id from the edge to the database); a
// visitor's own header is not trusted, and nothing but a short token is ever taken.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const REQUEST_ID_HEADER = 'x-request-id'

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/

export const requestIdOf = (request: IncomingMessage, isBehindTrustedProxy: boolean): string => {
  const given = request.headers[REQUEST_ID_HEADER]
  if (isBehindTrustedProxy && typeof given === 'string' && ACCEPTED.test(given)) return given
  return randomUUID()
}
