// Who is asking, as the front server saw it. Payload's handlers run behind Next and never see the
// socket, so the front server writes the address into a header of its own (replacing any copy a
// client sent) and hooks read it back.
import type { IncomingMessage } from 'node:http'

import type { PayloadRequest } from 'payload'

export const CLIENT_ADDRESS_HEADER = 'x-campaign-client-address'

/**
 * The socket's address; behind `trustedHops` reverse proxies, the address the farthest trusted
 * proxy recorded: X-Forwarded-For entries are appended by each proxy, so the rightmost ones are
 * the proxies' own and everything left of them is whatever the client chose to write.
 */
export const clientAddress = (request: IncomingMessage, trustedHops: number): string => {
  const socket = request.socket.remoteAddress ?? ''
  if (trustedHops <= 0) return socket
  const header = request.headers['x-forwarded-for']
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[entries.length - trustedHops] ?? socket
}

/** Stamps the request with its client's address before it goes on to Next and Payload. */
export const stampClientAddress = (request: IncomingMessage, trustedHops: number): void => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trustedHops)
}

/** The client's address as stamped; '' for a request that did not come through the front server. */
export const clientAddressOf = (req: Pick<PayloadRequest, 'headers'>): string =>
  req.headers.get(CLIENT_ADDRESS_HEADER) ?? ''
