// GET /api/public/…: the small, cacheable, published-only API the banner reads.
// Answers from memory on the hot path; builds through Payload's Local API on a miss.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Locale } from '@campaign/shared/contract'
import { campaignArchiveSchema, campaignResponseSchema } from '@campaign/shared/json-schema'
import { nextDayBoundary } from '@campaign/shared/schedule'
import type { Payload } from 'payload'

import { SLUG_PATTERN } from '../fields/slugify'
import type { Site } from '../payload-types'
import type { BuildContext } from './buildResponses'
import { buildArchive, buildCurrentCampaign } from './buildResponses'
import type { Encoding } from './contentEncoding'
import { chooseEncoding, etagFor } from './contentEncoding'
import type { CachedBody } from './responseCache'
import { createResponseCache } from './responseCache'
import {
  allowOrigin,
  BASE_HEADERS,
  corsHeaders,
  matchesEtag,
  PublicApiError,
  sendError,
  sendJson,
} from './httpSupport'
import { createSiteDirectory } from './siteDirectory'

export const PUBLIC_PREFIX = '/api/public/'

export interface PublicApiOptions {
  payload: Payload
  publicUrl: string
  maxAge: number
  staleWhileRevalidate: number
  cacheTtlSeconds: number
  /** The clock; tests pass a fixed one to cross midnight. */
  now?: () => Date
}

type Route = 'campaign' | 'campaigns'

interface ParsedQuery {
  locale: Locale | null
  year: number | null
  isPreview: boolean
  at: Date | null
}

const KNOWN_PARAMS = new Set(['locale', 'year'])
const MAX_REMEMBERED_URL = 200
const MAX_REMEMBERED_URLS = 1000

const SITE_ROUTE = /^\/api\/public\/sites\/([^/]+)\/(campaign|campaigns)\/?$/

const parseQuery = (params: URLSearchParams, route: Route): ParsedQuery => {
  const locale = params.get('locale')
  if (locale !== null && locale !== 'vi' && locale !== 'en') {
    throw new PublicApiError(400, 'invalid_locale', 'locale must be "vi" or "en".')
  }
  const yearText = params.get('year')
  const year = yearText === null || yearText === '' ? null : Number(yearText)
  if (
    year !== null &&
    (route !== 'campaigns' || !Number.isInteger(year) || year < 1900 || year > 2200)
  ) {
    throw new PublicApiError(
      400,
      'invalid_year',
      'year must be a whole number from 1900 to 2200, on /campaigns only.',
    )
  }
  const isPreview = params.get('preview') === '1' || params.get('preview') === 'true'
  const atText = params.get('at')
  const at = atText && isPreview ? new Date(atText) : null
  if (at && Number.isNaN(at.getTime())) {
    throw new PublicApiError(400, 'invalid_at', 'at must be an ISO date-time.')
  }
  return { locale, year, isPreview, at }
}

export const createPublicApi = ({
  payload,
  publicUrl,
  maxAge,
  staleWhileRevalidate,
  cacheTtlSeconds,
  now = () => new Date(),
}: PublicApiOptions) => {
  // Live answers (one per known site and locale) and archive pages (a year each) are kept apart:
  // a crawler walking every year of every site can only evict archive pages, never live answers.
  const cache = createResponseCache({ now, maxEntries: 2000 })
  const archiveCache = createResponseCache({ now, maxEntries: 500 })
  const cacheFor = (route: Route) => (route === 'campaign' ? cache : archiveCache)
  const sites = createSiteDirectory(payload, { ttlMs: cacheTtlSeconds * 1000, now })
  const publicCacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`
  const schemas = {
    '/api/public/schema': Buffer.from(
      JSON.stringify({ ...campaignResponseSchema, $id: `${publicUrl}/api/public/schema` }),
    ),
    '/api/public/schema/archive': Buffer.from(
      JSON.stringify({ ...campaignArchiveSchema, $id: `${publicUrl}/api/public/schema/archive` }),
    ),
  } as Record<string, Buffer>

  const requireSite = async (slug: string): Promise<Site> => {
    const site = SLUG_PATTERN.test(slug) ? await sites.find(slug) : undefined
    if (!site) throw new PublicApiError(404, 'site_not_found', `No site "${slug}".`)
    return site
  }

  const build = async (
    site: Site,
    route: Route,
    query: ParsedQuery,
    context: Partial<BuildContext>,
  ) => {
    const buildContext: BuildContext = {
      payload,
      site,
      locale: query.locale ?? site.defaultLocale,
      at: query.at ?? now(),
      publicUrl,
      ...context,
    }
    return route === 'campaign'
      ? buildCurrentCampaign(buildContext)
      : buildArchive(buildContext, query.year)
  }

  // Header lists for cached bodies, built once per entry and encoding: the hot path only adds CORS.
  const hitHeaders = new WeakMap<CachedBody, Map<Encoding | null, string[]>>()
  const headersFor = (
    entry: CachedBody,
    state: 'HIT' | 'MISS' | 'STALE',
    encoding: Encoding | null,
  ): string[] => {
    const known = state === 'HIT' ? hitHeaders.get(entry)?.get(encoding) : undefined
    if (known) return known
    const headers = [
      'content-type',
      BASE_HEADERS['content-type'],
      'x-content-type-options',
      BASE_HEADERS['x-content-type-options'],
      'vary',
      `${BASE_HEADERS.vary}, Accept-Encoding`,
      'cache-control',
      state === 'STALE' ? 'public, max-age=0, must-revalidate' : publicCacheControl,
      'etag',
      etagFor(entry.etag, encoding),
      'x-cache',
      state,
    ]
    if (encoding) headers.push('content-encoding', encoding)
    if (state === 'HIT') {
      const byEncoding = hitHeaders.get(entry) ?? new Map<Encoding | null, string[]>()
      hitHeaders.set(entry, byEncoding.set(encoding, headers))
    }
    return headers
  }

  const sendCached = (
    request: IncomingMessage,
    response: ServerResponse,
    entry: CachedBody,
    state: 'HIT' | 'MISS' | 'STALE',
  ) => {
    const cors = allowOrigin(request.headers.origin, entry.allowedOrigins)
    const encoding = chooseEncoding(request.headers['accept-encoding'], entry.compressed)
    const headers = headersFor(entry, state, encoding)
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

  const servePreview = async (
    request: IncomingMessage,
    response: ServerResponse,
    slug: string,
    route: Route,
    query: ParsedQuery,
  ) => {
    const { user } = await payload.auth({ headers: new Headers(request.headers as HeadersInit) })
    if (!user) throw new PublicApiError(401, 'unauthorized', 'Preview needs an editor session.')
    const site = await requireSite(slug)
    const value = await build(site, route, query, { previewUser: user })
    sendJson(request, response, 200, JSON.stringify(value), {
      'cache-control': 'private, no-store',
    })
  }

  const serveSiteRoute = async (
    request: IncomingMessage,
    response: ServerResponse,
    slug: string,
    route: Route,
    params: URLSearchParams,
  ) => {
    const query = parseQuery(params, route)
    if (query.isPreview) return servePreview(request, response, slug, route, query)
    const key = `${route}|${slug}|${query.locale ?? ''}|${query.year ?? ''}`
    const routeCache = cacheFor(route)
    const fresh = routeCache.peek(key)
    if (fresh) {
      rememberKey(request.url, params, key)
      return sendCached(request, response, fresh, 'HIT')
    }
    try {
      const entry = await routeCache.fill(key, async () => {
        const site = await requireSite(slug)
        const value = await build(site, route, query, {})
        const at = now()
        return {
          value,
          expiresAt: Math.min(
            at.getTime() + cacheTtlSeconds * 1000,
            nextDayBoundary(at, site.timeZone).getTime(),
          ),
          allowedOrigins: (site.allowedOrigins ?? []).map((entry) => entry.origin),
        }
      })
      rememberKey(request.url, params, key)
      sendCached(request, response, entry, 'MISS')
    } catch (error) {
      if (error instanceof PublicApiError) throw error
      payload.logger.error({ err: error, msg: `public API: cannot build ${key}` })
      const stale = routeCache.lastGood(key)
      if (stale) return sendCached(request, response, stale, 'STALE')
      throw new PublicApiError(
        503,
        'unavailable',
        'The campaign data is unavailable; try again shortly.',
      )
    }
  }

  // A malformed escape (%E0%A4%A) names no site: 404, not a 500 and a logged stack trace.
  const decodedSlug = (raw: string): string => {
    try {
      return decodeURIComponent(raw)
    } catch {
      throw new PublicApiError(404, 'site_not_found', 'No such site.')
    }
  }

  // Request URL → cache key, so a repeated URL skips parsing and validation altogether. Only URLs
  // that were answered for a known site, carry only known parameters and are short are kept, and
  // the oldest go first: strangers' URLs cannot grow it or push the portals' URLs out.
  const keysByUrl = new Map<string, string>()
  const rememberKey = (url: string | undefined, params: URLSearchParams, key: string) => {
    if (!url || url.length > MAX_REMEMBERED_URL || keysByUrl.has(url)) return
    for (const name of params.keys()) if (!KNOWN_PARAMS.has(name)) return
    const oldest = keysByUrl.keys().next()
    if (keysByUrl.size >= MAX_REMEMBERED_URLS && !oldest.done) keysByUrl.delete(oldest.value)
    keysByUrl.set(url, key)
  }

  /** Answers a request under /api/public/; a fresh cached answer costs no parsing and no await. */
  const handle = (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const key = request.url ? keysByUrl.get(request.url) : undefined
      const fresh = key
        ? cacheFor(key.startsWith('campaigns|') ? 'campaigns' : 'campaign').peek(key)
        : undefined
      if (fresh) return sendCached(request, response, fresh, 'HIT')
    }
    return handleParsed(request, response)
  }

  const handleParsed = async (
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://public.invalid')
    const siteRoute = SITE_ROUTE.exec(url.pathname)
    try {
      if (request.method === 'OPTIONS') return preflight(request, response, siteRoute?.[1])
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new PublicApiError(405, 'method_not_allowed', 'Use GET.')
      }
      const schema = schemas[url.pathname]
      if (schema) {
        return sendJson(request, response, 200, schema, {
          'cache-control': 'public, max-age=3600',
          'access-control-allow-origin': '*',
        })
      }
      if (!siteRoute) throw new PublicApiError(404, 'not_found', 'No such public route.')
      await serveSiteRoute(
        request,
        response,
        decodedSlug(siteRoute[1] ?? ''),
        siteRoute[2] as Route,
        url.searchParams,
      )
    } catch (error) {
      const failure =
        error instanceof PublicApiError
          ? error
          : new PublicApiError(500, 'internal_error', 'Something went wrong.')
      if (!(error instanceof PublicApiError))
        payload.logger.error({ err: error, msg: 'public API' })
      sendError(
        request,
        response,
        failure,
        failure.status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {},
      )
    }
  }

  const preflight = async (request: IncomingMessage, response: ServerResponse, slug?: string) => {
    const site =
      slug && SLUG_PATTERN.test(slug) ? await sites.find(slug).catch(() => undefined) : undefined
    const allowed = slug ? (site?.allowedOrigins ?? []).map((entry) => entry.origin) : ['*']
    response.writeHead(204, {
      vary: 'Origin',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match',
      'access-control-max-age': '86400',
      ...corsHeaders(request.headers.origin, allowed),
    })
    response.end()
  }

  return {
    handle,
    /** Drops every cached answer (tests, and the operator's tools). */
    clear: () => {
      cache.clear()
      archiveCache.clear()
    },
    /** How much the caches hold: bounded whatever strangers send. */
    stats: () => ({ entries: cache.size() + archiveCache.size(), urls: keysByUrl.size }),
  }
}

export type PublicApi = ReturnType<typeof createPublicApi>
