// HTTP details of the public API: CORS per site, conditional requests, JSON errors.
import { createHash } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** A strong validator for fixed bytes: the same bytes, the same ETag, on every instance. */
export const strongEtag = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** `*` allows every origin; otherwise the request's Origin must be listed exactly. */
export const allowOrigin = (
  origin: string | undefined,
  allowedOrigins: readonly string[],
): string | undefined => {
  if (allowedOrigins.includes('*')) return '*'
  return origin && allowedOrigins.includes(origin) ? origin : undefined
}

export const corsHeaders = (
  origin: string | undefined,
  allowedOrigins: readonly string[],
): OutgoingHttpHeaders => {
  const allowed = allowOrigin(origin, allowedOrigins)
  return allowed ? { 'access-control-allow-origin': allowed } : {}
}

/** If-None-Match matches with the weak comparison RFC 9110 prescribes for GET/HEAD. */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

export const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  vary: 'Origin',
} as const

export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export const sendJson = (
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: OutgoingHttpHeaders,
): void => {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  response.writeHead(status, { ...BASE_HEADERS, ...headers, 'content-length': bytes.length })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

export const sendError = (
  request: IncomingMessage,
  response: ServerResponse,
  error: PublicApiError,
  headers: OutgoingHttpHeaders = {},
): void =>
  sendJson(
    request,
    response,
    error.status,
    JSON.stringify({ error: { code: error.code, message: error.message } }),
    { 'cache-control': 'no-store', ...headers },
  )
