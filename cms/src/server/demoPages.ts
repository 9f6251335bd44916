// A demo department portal served by the CMS in development, showing the banner as a webmaster
// would embed it: /demo/ as is, /demo/csp under a strict Content-Security-Policy, /demo/hostile
// with a careless global stylesheet.
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import { strongEtag } from '../public/httpSupport'
import { sendStatic, sendText } from './staticAnswer'

export const DEMO_PREFIX = '/demo/'

/** Scripts and fetches from this origin only, no inline script or style, no frames. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // Trusted Types as well: lit-html's policy is the only one the banner needs.
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ')

export const createDemoPages = (demoDir: string) => {
  const read = (name: string) => readFileSync(path.join(demoDir, name))
  const page = (extraHead: string) => {
    const body = Buffer.from(read('portal.html').toString().replace('<!--extra-head-->', extraHead))
    return { body, etag: strongEtag(body) }
  }
  const css = (name: string) => {
    const body = read(name)
    return { body, etag: strongEtag(body) }
  }
  // A Map, not an object literal: a name from the URL such as `__proto__` or `constructor` must
  // find nothing rather than something of Object.prototype.
  const routes = new Map<string, () => { body: Buffer; etag: string; type: string; csp?: string }>([
    ['', () => ({ ...page(''), type: 'text/html' })],
    ['csp', () => ({ ...page(''), type: 'text/html', csp: STRICT_CSP })],
    [
      'hostile',
      () => ({
        ...page('<link rel="stylesheet" href="/demo/hostile.css" />'),
        type: 'text/html',
      }),
    ],
    ['portal.css', () => ({ ...css('portal.css'), type: 'text/css' })],
    ['hostile.css', () => ({ ...css('hostile.css'), type: 'text/css' })],
  ])

  return {
    handle: (request: IncomingMessage, response: ServerResponse): void => {
      const name = (request.url ?? '').slice(DEMO_PREFIX.length).split('?')[0] ?? ''
      const route = routes.get(name)
      if (!route) return sendText(response, 404, 'No such demo page.')
      // Read on every request: the demo is for development, where its files change.
      const { body, etag, type, csp } = route()
      sendStatic(request, response, {
        body,
        etag,
        headers: {
          'content-type': `${type}; charset=utf-8`,
          'cache-control': 'no-cache',
          ...(csp ? { 'content-security-policy': csp } : {}),
        },
      })
    },
  }
}
