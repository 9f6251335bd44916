// GET /embed/:site?variant=bar|card|compact&locale=vi|en — the iframe snippet's page. Framed only
// by the site's allowed origins (and this CMS); its own CSP allows the widget's module and
// requests from this CMS, its one style sheet by hash, and nothing inline else. The query's values
// are checked against fixed lists, so nothing a visitor writes reaches the page.
import type { IncomingMessage } from 'node:http'

import type { Locale, Variant } from '@campaign/shared/routes'
import { EMBED_PREFIX, isVariant } from '@campaign/shared/routes'

import { PublicApiError } from '../public/httpSupport'
import type { PublicAnswers } from '../public/publicAnswers'
import type { CountRequest, ReachCounter } from '../reach/reachCounter'
import { allowedOriginsOf } from '../public/publicAnswers'
import { createResponseCache } from '../public/responseCache'
import { createAnswerSender } from './answerSender'
import { EMBED_CSS, embedHtml } from './pages/embedHtml'
import { pagePolicy } from './pages/pageSecurity'
import { parseLocale } from './publicQuery'
import { countAgainstCurrent } from './reachCounting'
import { sitePageRoute } from './sitePageRoute'

export interface EmbedPageOptions {
  answers: PublicAnswers
  now: () => Date
  cacheTtlSeconds: number
  cacheControl: string
  /** Counts each page as the iframe snippet's display (src/reach/). */
  reach?: ReachCounter
}

const parseVariant = (params: URLSearchParams): Variant => {
  const variant = params.get('variant') ?? 'bar'
  if (!isVariant(variant)) {
    throw new PublicApiError(400, 'invalid_variant', 'variant must be bar, card or compact.')
  }
  return variant
}

export const createEmbedPage = ({
  answers,
  now,
  cacheTtlSeconds,
  cacheControl,
  reach,
}: EmbedPageOptions) => {
  // At most one page per known site, variant and language (keys are made after the checks).
  const pages = createResponseCache<string>({
    now,
    maxEntries: 2000,
    serialize: (page) => Buffer.from(page),
  })
  const send = createAnswerSender({
    contentType: 'text/html; charset=utf-8',
    cacheControl,
    hasCors: false,
    headersOf: (entry) => [
      'content-security-policy',
      pagePolicy({ css: EMBED_CSS, allowedOrigins: entry.allowedOrigins, hasWidget: true }),
      'referrer-policy',
      'strict-origin-when-cross-origin',
    ],
  })

  // One counting function per known site (made after the site's page is found or built).
  const counters = new Map<string, CountRequest>()
  const countDisplay = (request: IncomingMessage, slug: string, locale: Locale | null) => {
    if (!reach) return
    const count = counters.get(slug) ?? reach.counterFor(slug, 'iframe', 'displays')
    counters.set(slug, count)
    countAgainstCurrent(answers, request, { slug, locale }, count)
  }

  return {
    prefix: EMBED_PREFIX,
    handle: sitePageRoute(EMBED_PREFIX, async ({ request, response, slug, rest, params }) => {
      if (rest.length > 0) throw new PublicApiError(404, 'not_found', 'No such page.')
      const variant = parseVariant(params)
      const locale = parseLocale(params)
      const key = `${slug}|${variant}|${locale ?? ''}`
      const fresh = pages.peek(key)
      if (fresh) {
        countDisplay(request, slug, locale)
        return send(request, response, fresh, 'HIT')
      }
      try {
        const site = await answers.requireSite(slug)
        const entry = await pages.fill(key, async () => ({
          value: embedHtml({ site, variant, locale: locale ?? site.defaultLocale }),
          expiresAt: now().getTime() + cacheTtlSeconds * 1000,
          allowedOrigins: allowedOriginsOf(site),
        }))
        countDisplay(request, slug, locale)
        send(request, response, entry, 'MISS')
      } catch (error) {
        if (error instanceof PublicApiError) throw error
        // The site list cannot be read (database down): the last good page, else a 503.
        const stale = pages.lastGood(key)
        if (!stale) throw new PublicApiError(503, 'unavailable', 'Try again shortly.')
        send(request, response, stale, 'STALE')
      }
    }),
    size: pages.size,
  }
}
