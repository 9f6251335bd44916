// GET /api/public/sites/:site/banner.png?variant=bar|card&locale=vi|en&scale=1|2: the image
// snippet's picture of what the site shows now, from memory (public/bannerImage/). Its HTTP side:
// the query, and the headers that let browsers and proxies keep it no later than the site's
// next midnight, when the phase line turns.
import type { Payload } from 'payload'

import { matchesEtag, PublicApiError } from '../public/httpSupport'
import type { BannerImageQuery } from '../public/bannerImage/bannerImages'
import { createBannerImages, isBannerImage } from '../public/bannerImage/bannerImages'
import { createMediaReader } from '../public/bannerImage/campaignImage'
import type { BannerImageScale } from '../public/bannerImage/sizes'
import { BANNER_IMAGE_SCALES, isBannerImageVariant } from '../public/bannerImage/sizes'
import type { PublicAnswers } from '../public/publicAnswers'
import type { AnswerSender } from './answerSender'
import { parseLocale, parseYear } from './publicQuery'

const SCALES = new Map<string, BannerImageScale>(BANNER_IMAGE_SCALES.map((n) => [String(n), n]))

/** `?variant=` (bar by default, as the element's), `?scale=` (1 by default), `?locale=`. */
export const parseBannerImageQuery = (slug: string, params: URLSearchParams): BannerImageQuery => {
  const variant = params.get('variant') ?? 'bar'
  if (!isBannerImageVariant(variant)) {
    throw new PublicApiError(400, 'invalid_variant', 'variant must be "bar" or "card".')
  }
  const scale = SCALES.get(params.get('scale') ?? '1')
  if (scale === undefined) {
    throw new PublicApiError(400, 'invalid_scale', 'scale must be 1 or 2.')
  }
  // No year: `?year=` is refused as on /campaign and banner.txt.
  parseYear(params.get('year'), false)
  return { slug, locale: parseLocale(params), variant, scale }
}

/**
 * Cache-Control for an image `secondsLeft` before the site's next midnight: the usual lifetime,
 * cut so that neither it nor the stale-while-revalidate window that follows runs past midnight.
 */
export const imageCacheControl = (
  { maxAge, staleWhileRevalidate }: { maxAge: number; staleWhileRevalidate: number },
  secondsLeft: number,
): string => {
  const left = Math.max(0, Math.floor(secondsLeft))
  const age = Math.min(maxAge, left)
  const stale = Math.min(staleWhileRevalidate, left - age)
  return `public, max-age=${age}, stale-while-revalidate=${stale}`
}

const STALE_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

export interface BannerImageRouteOptions {
  payload: Payload
  answers: PublicAnswers
  publicUrl: string
  maxAge: number
  staleWhileRevalidate: number
  now: () => Date
}

export const createBannerImageRoute = ({
  payload,
  answers,
  publicUrl,
  maxAge,
  staleWhileRevalidate,
  now,
}: BannerImageRouteOptions) => {
  const mediaDir = payload.collections.media?.config.upload.staticDir
  const images = createBannerImages({
    current: answers.current.get,
    now,
    readMedia: mediaDir
      ? createMediaReader({ origins: [publicUrl, payload.config.serverURL], mediaDir })
      : async () => null,
  })

  // PNG is compressed already: always the bytes as they are, so no Vary either. No CORS: an
  // <img> needs none; the resource policy lets pages that isolate themselves (COEP) embed it.
  const send: AnswerSender = (request, response, entry, state) => {
    const secondsLeft = isBannerImage(entry.value)
      ? (entry.value.nextDayAt - now().getTime()) / 1000
      : 0
    const headers = [
      'content-type',
      'image/png',
      'x-content-type-options',
      'nosniff',
      'cross-origin-resource-policy',
      'cross-origin',
      'cache-control',
      state === 'STALE'
        ? STALE_CACHE_CONTROL
        : imageCacheControl({ maxAge, staleWhileRevalidate }, secondsLeft),
      'etag',
      entry.etag,
      'x-cache',
      state,
    ]
    if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
      response.writeHead(304, headers)
      response.end()
      return
    }
    response.writeHead(200, [...headers, 'content-length', String(entry.body.length)])
    response.end(request.method === 'HEAD' ? undefined : entry.body)
  }

  return { images, send, queryOf: parseBannerImageQuery }
}
