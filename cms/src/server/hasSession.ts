import type { IncomingMessage } from 'node:http'

/** The request carries Payload's session cookie (a signed-in admin user's browser). */
export const hasSession = (request: IncomingMessage): boolean =>
  /(?:^|;\s*)payload-token=/.test(request.headers.cookie ?? '')
