// GET /sites/:site/archive (and ?year=, and /sites/:site/archive/:year) — the public archive page,
// rendered from the archive's JSON answer (never a second query), kept and dropped with it.
// A year with no published edition is a 404, so only pages that show something are kept.
import type { CampaignArchiveResponse } from '@campaign/shared/contract'
import { SITE_PAGES_PREFIX } from '@campaign/shared/routes'

import { createDerivedAnswers } from '../public/derivedAnswers'
import { PublicApiError } from '../public/httpSupport'
import type { AnswerQuery, PublicAnswers } from '../public/publicAnswers'
import { createAnswerSender } from './answerSender'
import { archiveHtml } from './pages/archiveHtml'
import { ARCHIVE_CSS } from './pages/archiveStyles'
import { pagePolicy } from './pages/pageSecurity'
import { MAX_YEAR, MIN_YEAR, parseLocale, parseYear } from './publicQuery'
import { sitePageRoute } from './sitePageRoute'

export interface ArchivePageOptions {
  answers: PublicAnswers
  now: () => Date
  cacheControl: string
}

/** `/archive/2021`: four digits in the archive's range, else no such page. */
const yearFromPath = (segment: string): number => {
  const year = /^\d{4}$/.test(segment) ? Number(segment) : NaN
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new PublicApiError(404, 'not_found', 'No such archive page.')
  }
  return year
}

export const createArchivePage = ({ answers, now, cacheControl }: ArchivePageOptions) => {
  const pages = createDerivedAnswers({
    now,
    maxEntries: 500,
    serialize: (page: string) => Buffer.from(page),
    keyOf: ({ slug, locale, year }: AnswerQuery) => `${slug}|${locale ?? ''}|${year ?? ''}`,
    source: (query: AnswerQuery) => answers.archive.get(query),
    derive: (archive: CampaignArchiveResponse, { locale }: AnswerQuery) =>
      archiveHtml({
        archive,
        locale: locale ?? archive.site.locale,
        isLocaleChosen: locale !== null,
      }),
  })
  const send = createAnswerSender({
    contentType: 'text/html; charset=utf-8',
    cacheControl,
    hasCors: false,
    headersOf: (entry) => [
      'content-security-policy',
      pagePolicy({ css: ARCHIVE_CSS, allowedOrigins: entry.allowedOrigins }),
    ],
  })

  return {
    prefix: SITE_PAGES_PREFIX,
    handle: sitePageRoute(SITE_PAGES_PREFIX, async ({ request, response, slug, rest, params }) => {
      const [page, yearSegment, ...extra] = rest
      if (page !== 'archive' || extra.length > 0) {
        throw new PublicApiError(404, 'not_found', 'No such page.')
      }
      const locale = parseLocale(params)
      const year =
        yearSegment === undefined ? parseYear(params.get('year')) : yearFromPath(yearSegment)
      const query = { slug, locale, year }
      const fresh = pages.peek(pages.keyOf(query))
      if (fresh) return send(request, response, fresh, 'HIT')
      const archive = await answers.archive.get(query)
      if (year !== null && archive.entry.value.campaigns.length === 0) {
        throw new PublicApiError(404, 'not_found', 'Nothing was published that year.')
      }
      const { entry, state } = await pages.get(query)
      send(request, response, entry, state)
    }),
    size: pages.size,
  }
}
