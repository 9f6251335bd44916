// GET /api/public/…: the small, cacheable, published-only API the banner reads. A table from a
// site's resource name to its route; the answers themselves come from memory (publicAnswers.ts).
// A repeated URL is answered from the URL memo without parsing, validation or an await.
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { campaignArchiveSchema, campaignResponseSchema } from '@campaign/shared/json-schema'
import type { Locale } from '@campaign/shared/routes'
import { PUBLIC_API_PREFIX, SCHEMA_PATHS, SITE_RESOURCES } from '@campaign/shared/routes'
import type { Payload } from 'payload'

import { createBannerTexts } from '../public/bannerAltText'
import {
  BASE_HEADERS,
  corsHeaders,
  PublicApiError,
  sendError,
  sendJson,
} from '../public/httpSupport'
import type { Answer, AnswerSource, PublicAnswers } from '../public/publicAnswers'
import { allowedOriginsOf } from '../public/publicAnswers'
import type { CachedBody } from '../public/responseCache'
import type { ReachCounter } from '../reach/reachCounter'
import type { AnswerSender } from './answerSender'
import { createAnswerSender } from './answerSender'
import { createBannerImageRoute } from './bannerImageRoute'
import { createPreview } from './previewAnswer'
import { decodeSlug, parseLocale, parsePreview, parseYear } from './publicQuery'
import { countAgainstCurrent, isFromEmbedPage } from './reachCounting'
import { createUrlKeyMemo } from './urlKeyMemo'

export interface PublicApiOptions {
  payload: Payload
  answers: PublicAnswers
  publicUrl: string
  maxAge: number
  staleWhileRevalidate: number
  now: () => Date
  /** Counts the campaign JSON and banner.png answers as displays (src/reach/); none: no counting. */
  reach?: ReachCounter
}

/** A site's resource: answers `GET /api/public/sites/:site/<name>` for a decoded slug. */
export type SiteRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  slug: string,
  params: URLSearchParams,
) => Promise<void>

/** What a remembered URL is answered with: the entry's key, where to find it, how to send it. */
interface Remembered {
  key: string
  peek: (key: string) => CachedBody | undefined
  send: AnswerSender
  /** Counts a display of the entry, if this route's answers are counted. */
  count?: CountEntry
}

type CountEntry = (request: IncomingMessage, entry: CachedBody) => void

/** Answers kept in memory by key: the JSON answers and those made from them. */
interface CachedAnswers<Query> {
  keyOf: (query: Query) => string
  peek: (key: string) => CachedBody | undefined
  get: (query: Query) => Promise<Answer<unknown>>
}

const SITE_ROUTE = new RegExp(`^${PUBLIC_API_PREFIX}sites/([^/]+)/([^/]+?)/?$`)
const KNOWN_PARAMS = new Set(['locale', 'year', 'variant', 'scale'])

export const createPublicApi = ({
  payload,
  answers,
  publicUrl,
  maxAge,
  staleWhileRevalidate,
  now,
  reach,
}: PublicApiOptions) => {
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`
  const sendAnswer = createAnswerSender({
    contentType: BASE_HEADERS['content-type'],
    cacheControl,
    hasCors: true,
  })
  const sendText = createAnswerSender({
    contentType: 'text/plain; charset=utf-8',
    cacheControl,
    hasCors: true,
  })
  const bannerTexts = createBannerTexts({ answers, now })
  const bannerImages = createBannerImageRoute({
    payload,
    answers,
    publicUrl,
    maxAge,
    staleWhileRevalidate,
    now,
  })
  const preview = createPreview(payload, answers)
  const memo = createUrlKeyMemo<Remembered>(KNOWN_PARAMS)
  const schemas = new Map<string, Buffer>([
    [
      SCHEMA_PATHS.campaign,
      Buffer.from(
        JSON.stringify({ ...campaignResponseSchema, $id: `${publicUrl}${SCHEMA_PATHS.campaign}` }),
      ),
    ],
    [
      SCHEMA_PATHS.archive,
      Buffer.from(
        JSON.stringify({ ...campaignArchiveSchema, $id: `${publicUrl}${SCHEMA_PATHS.archive}` }),
      ),
    ],
  ])

  /** Sends a cached answer and remembers its URL (a stale copy is sent, never remembered). */
  const sendCached = async <Query>(
    {
      request,
      response,
      params,
    }: { request: IncomingMessage; response: ServerResponse; params: URLSearchParams },
    source: CachedAnswers<Query>,
    query: Query,
    send: AnswerSender,
    count?: CountEntry,
  ): Promise<void> => {
    const { entry, state } = await source.get(query)
    if (state !== 'STALE') {
      memo.remember(request.url, params, {
        key: source.keyOf(query),
        peek: source.peek,
        send,
        count,
      })
    }
    count?.(request, entry)
    send(request, response, entry, state)
  }

  const jsonRoute =
    <Value>(source: AnswerSource<Value>, kind: 'current' | 'archive'): SiteRoute =>
    async (request, response, slug, params) => {
      const locale = parseLocale(params)
      const year = parseYear(params.get('year'), kind === 'archive')
      const { isPreview, at } = parsePreview(params)
      const query = { slug, locale, year }
      if (isPreview) return preview({ request, response, kind, query: { ...query, at } })
      const count = kind === 'current' ? scriptDisplays(slug) : undefined
      await sendCached({ request, response, params }, source, query, sendAnswer, count)
    }

  /** The widget's campaign request is the script snippet's display (the iframe's is counted as such). */
  const scriptDisplays = (slug: string): CountEntry | undefined => {
    const count = reach?.counterFor(slug, 'script', 'displays')
    return count
      ? (request, entry) => {
          if (!isFromEmbedPage(request)) count(request, entry.value as CurrentCampaignResponse)
        }
      : undefined
  }

  /** A banner.png answer is the image snippet's display of what the site shows now. */
  const imageDisplays = (slug: string, locale: Locale | null): CountEntry | undefined => {
    const count = reach?.counterFor(slug, 'image', 'displays')
    return count
      ? (request) => countAgainstCurrent(answers, request, { slug, locale }, count)
      : undefined
  }

  // The alt text has no year: `?year=` is refused as on /campaign.
  const bannerTextRoute: SiteRoute = async (request, response, slug, params) => {
    const query = { slug, locale: parseLocale(params) }
    parseYear(params.get('year'), false)
    await sendCached({ request, response, params }, bannerTexts, query, sendText)
  }

  const bannerImageRoute: SiteRoute = async (request, response, slug, params) => {
    const query = bannerImages.queryOf(slug, params)
    await sendCached(
      { request, response, params },
      bannerImages.images,
      query,
      bannerImages.send,
      imageDisplays(slug, query.locale),
    )
  }

  // The route table: a site's resource name → its route. A resource made from what the site shows
  // now (as banner.txt and banner.png are) keeps its answers beside the JSON's and is
  // sent with sendCached, so the URL memo, ETags and invalidation come with it.
  const siteRoutes = new Map<string, SiteRoute>([
    [SITE_RESOURCES.campaign, jsonRoute(answers.current, 'current')],
    [SITE_RESOURCES.archive, jsonRoute(answers.archive, 'archive')],
    [SITE_RESOURCES.bannerText, bannerTextRoute],
    [SITE_RESOURCES.bannerImage, bannerImageRoute],
  ])

  const preflight = async (request: IncomingMessage, response: ServerResponse, slug?: string) => {
    const site = slug ? await answers.requireSite(slug).catch(() => undefined) : undefined
    const allowed = slug ? (site ? allowedOriginsOf(site) : []) : ['*']
    response.writeHead(204, {
      vary: 'Origin',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match',
      'access-control-max-age': '86400',
      ...corsHeaders(request.headers.origin, allowed),
    })
    response.end()
  }

  const handleParsed = async (
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://public.invalid')
    const match = SITE_ROUTE.exec(url.pathname)
    const route = match ? siteRoutes.get(match[2] ?? '') : undefined
    const rawSlug = route ? match?.[1] : undefined
    try {
      if (request.method === 'OPTIONS') return await preflight(request, response, rawSlug)
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new PublicApiError(405, 'method_not_allowed', 'Use GET.')
      }
      const schema = schemas.get(url.pathname)
      if (schema) {
        return sendJson(request, response, 200, schema, {
          'cache-control': 'public, max-age=3600',
          'access-control-allow-origin': '*',
        })
      }
      if (!route || rawSlug === undefined) {
        throw new PublicApiError(404, 'not_found', 'No such public route.')
      }
      await route(request, response, decodeSlug(rawSlug), url.searchParams)
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

  return {
    /** Answers a request under /api/public/; a fresh cached answer costs no parsing and no await. */
    handle: (request: IncomingMessage, response: ServerResponse): Promise<void> | void => {
      if (request.method === 'GET' || request.method === 'HEAD') {
        const hit = memo.get(request.url)
        const fresh = hit?.peek(hit.key)
        if (hit && fresh) {
          hit.count?.(request, fresh)
          return hit.send(request, response, fresh, 'HIT')
        }
      }
      return handleParsed(request, response)
    },
    /** How much the caches hold: bounded whatever strangers send. */
    stats: () => ({
      entries: answers.size() + bannerTexts.size() + bannerImages.images.size(),
      urls: memo.size(),
    }),
  }
}

export type PublicApi = ReturnType<typeof createPublicApi>
