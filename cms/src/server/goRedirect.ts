// GET /go/:site — the image snippet's link: a 302 to the article of the edition the site shows
// now, else to the site's portal, else to the site's archive page on this CMS. Only http(s)
// targets; never cached long (the target changes with the edition). Each redirect counts a click
// of the snippet named by `?from=` (none: the image snippet's older links), or of the iframe when
// the banner inside this CMS's /embed page was clicked; `?to=` only shows the visitor the article's
// address on hover and is ignored here (this is no open redirect).
import type { IncomingMessage } from 'node:http'

import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { isHttpUrl } from '@campaign/shared/patterns'
import { archivePagePath, GO_PREFIX } from '@campaign/shared/routes'

import { createDerivedAnswers } from '../public/derivedAnswers'
import { PublicApiError } from '../public/httpSupport'
import type { PublicAnswers } from '../public/publicAnswers'
import type { Site } from '../payload-types'
import type { CountRequest, ReachCounter } from '../reach/reachCounter'
import { reachKindOf } from '../reach/reachKinds'
import { countAgainstCurrent, isFromEmbedPage } from './reachCounting'
import { sitePageRoute } from './sitePageRoute'

/** Where /go/:site leads now: the current edition's article, the portal, or the archive page. */
export const goTarget = (
  current: CurrentCampaignResponse,
  site: Site,
  publicUrl: string,
): string => {
  const article = current.kind === 'campaign' ? current.campaign.articleUrl : null
  for (const candidate of [article, site.portalUrl]) {
    // Serialised by URL: non-ASCII paths percent-encoded, hosts in punycode (a valid header).
    if (candidate && isHttpUrl(candidate)) return new URL(candidate).href
  }
  return `${publicUrl}${archivePagePath(site.slug)}`
}

export interface GoRedirectOptions {
  answers: PublicAnswers
  publicUrl: string
  now: () => Date
  reach?: ReachCounter
}

export const createGoRedirect = ({ answers, publicUrl, now, reach }: GoRedirectOptions) => {
  // One target per known site, kept as long as the answer it comes from.
  const targets = createDerivedAnswers({
    now,
    maxEntries: 2000,
    serialize: (target: string) => Buffer.from(target),
    keyOf: (slug: string) => slug,
    source: (slug: string) => answers.current.get({ slug, locale: null, year: null }),
    derive: async (current: CurrentCampaignResponse, slug: string) =>
      goTarget(current, await answers.requireSite(slug), publicUrl),
  })

  // One counting function per known site and kind (made after the site is found).
  const counters = new Map<string, CountRequest>()
  const countClick = (request: IncomingMessage, slug: string, params: URLSearchParams) => {
    if (!reach) return
    const kind = isFromEmbedPage(request) ? 'iframe' : reachKindOf(params.get('from'))
    const key = `${kind}|${slug}`
    const count = counters.get(key) ?? reach.counterFor(slug, kind, 'clicks')
    counters.set(key, count)
    countAgainstCurrent(answers, request, { slug, locale: null }, count)
  }

  return {
    prefix: GO_PREFIX,
    handle: sitePageRoute(GO_PREFIX, async ({ request, response, slug, rest, params }) => {
      if (rest.length > 0) throw new PublicApiError(404, 'not_found', 'No such page.')
      const { entry } = await targets.get(slug)
      countClick(request, slug, params)
      response.writeHead(302, {
        location: entry.value,
        'cache-control': 'no-cache',
        'content-length': 0,
      })
      response.end()
    }),
    size: targets.size,
  }
}
