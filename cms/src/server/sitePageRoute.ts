// What /go/:site, /embed/:site and /sites/:site/archive share: GET and HEAD only, the site's slug
// (and what follows it) from the path, and errors as a small page in the visitor's language.
// Anything but a PublicApiError is left to the front server (a 500 for this request, logged).
import type { IncomingMessage, ServerResponse } from 'node:http'

import { isLocale } from '@campaign/shared/routes'

import { PublicApiError } from '../public/httpSupport'
import type { Handler } from './frontServer'
import { sendErrorPage } from './pages/errorPage'
import { decodeSlug } from './publicQuery'

export interface SitePageRequest {
  request: IncomingMessage
  response: ServerResponse
  /** The decoded slug (not yet known to be a site's). */
  slug: string
  /** The path's segments after the slug, without empty ones (a trailing slash). */
  rest: string[]
  params: URLSearchParams
}

export const sitePageRoute =
  (prefix: string, serve: (page: SitePageRequest) => Promise<void> | void): Handler =>
  async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://public.invalid')
    const locale = url.searchParams.get('locale')
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new PublicApiError(405, 'method_not_allowed', 'Use GET.')
      }
      // `/go/../x` is `/x` once parsed: not this route's any more.
      if (!url.pathname.startsWith(prefix)) throw new PublicApiError(404, 'not_found', 'No page.')
      const [rawSlug = '', ...rest] = url.pathname.slice(prefix.length).split('/')
      await serve({
        request,
        response,
        slug: decodeSlug(rawSlug),
        rest: rest.filter((segment) => segment !== ''),
        params: url.searchParams,
      })
    } catch (error) {
      if (!(error instanceof PublicApiError)) throw error
      sendErrorPage(
        request,
        response,
        error,
        isLocale(locale) ? locale : 'vi',
        error.status === 405 ? { allow: 'GET, HEAD' } : {},
      )
    }
  }
