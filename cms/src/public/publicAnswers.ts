// The public answers of every site, from memory: what a site shows now and its archive, built
// through Payload's Local API on a miss, kept until a change, the site's midnight or the TTL, and
// served from the last good copy while the database is down. Every public route reads them here,
// so the JSON, the pages and the alt text agree and none of them queries the database twice.
import type { CampaignArchiveResponse, CurrentCampaignResponse } from '@campaign/shared/contract'
import type { Locale } from '@campaign/shared/routes'
import { nextDayBoundary } from '@campaign/shared/schedule'
import type { Payload, TypedUser } from 'payload'

import { SLUG_PATTERN } from '../fields/slugify'
import type { Site } from '../payload-types'
import type { BuildContext } from './buildResponses'
import { buildArchive, buildCurrentCampaign } from './buildResponses'
import { serializeWithGoLink } from './goLink'
import { PublicApiError } from './httpSupport'
import type { BuiltAnswer, CachedBody, ResponseCache } from './responseCache'
import { createResponseCache } from './responseCache'
import { createSiteDirectory } from './siteDirectory'

export interface PublicAnswersOptions {
  payload: Payload
  publicUrl: string
  cacheTtlSeconds: number
  /** The clock; tests pass a fixed one to cross midnight. */
  now?: () => Date
  /** The JSON's article link goes through /go/:site, where clicks are counted (goLink.ts). */
  linksThroughGo?: boolean
}

/** Which answer of a site: the archive takes a year (null: every year). */
export interface AnswerQuery {
  slug: string
  /** null: the site's default language (a cache entry of its own, as the URL differs). */
  locale: Locale | null
  year: number | null
}

/** Where a sent body came from: memory, a build just now, or the last good copy (outage). */
export type AnswerState = 'HIT' | 'MISS' | 'STALE'

export interface Answer<Value> {
  entry: CachedBody<Value>
  state: AnswerState
}

/** One kind of answer (current or archive) with its cache. */
export interface AnswerSource<Value> {
  keyOf: (query: AnswerQuery) => string
  /** The fresh entry for a key, if any: no promise, no allocation (the hot path). */
  peek: (key: string) => CachedBody<Value> | undefined
  /** The fresh entry, else a build, else the last good copy; 404 for an unknown site, else 503. */
  get: (query: AnswerQuery) => Promise<Answer<Value>>
}

type Build<Value> = (context: BuildContext, query: AnswerQuery) => Promise<Value>

export const createPublicAnswers = ({
  payload,
  publicUrl,
  cacheTtlSeconds,
  now = () => new Date(),
  linksThroughGo = false,
}: PublicAnswersOptions) => {
  const sites = createSiteDirectory(payload, { ttlMs: cacheTtlSeconds * 1000, now })

  /** The site a slug names, from memory; unknown (or malformed) slugs are a 404. */
  const requireSite = async (slug: string): Promise<Site> => {
    const site = SLUG_PATTERN.test(slug) ? await sites.find(slug) : undefined
    if (!site) throw new PublicApiError(404, 'site_not_found', `No site "${slug}".`)
    return site
  }

  const contextFor = (site: Site, locale: Locale | null, extra: Partial<BuildContext> = {}) => ({
    payload,
    site,
    locale: locale ?? site.defaultLocale,
    at: now(),
    publicUrl,
    ...extra,
  })

  /** Cached for the site, until the TTL or the site's next midnight (phase and days left turn). */
  const builtFor = async <Value>(
    build: Build<Value>,
    query: AnswerQuery,
  ): Promise<BuiltAnswer<Value>> => {
    const site = await requireSite(query.slug)
    const context = contextFor(site, query.locale)
    const value = await build(context, query)
    const at = context.at.getTime()
    return {
      value,
      expiresAt: Math.min(
        at + cacheTtlSeconds * 1000,
        nextDayBoundary(context.at, site.timeZone).getTime(),
      ),
      allowedOrigins: allowedOriginsOf(site),
    }
  }

  const source = <Value>(
    name: string,
    cache: ResponseCache<Value>,
    build: Build<Value>,
  ): AnswerSource<Value> => {
    const keyOf = ({ slug, locale, year }: AnswerQuery) =>
      `${name}|${slug}|${locale ?? ''}|${year ?? ''}`
    return {
      keyOf,
      peek: cache.peek,
      get: async (query) => {
        const key = keyOf(query)
        const fresh = cache.peek(key)
        if (fresh) return { entry: fresh, state: 'HIT' }
        try {
          return { entry: await cache.fill(key, () => builtFor(build, query)), state: 'MISS' }
        } catch (error) {
          if (error instanceof PublicApiError) throw error
          payload.logger.error({ err: error, msg: `public API: cannot build ${key}` })
          const stale = cache.lastGood(key)
          if (stale) return { entry: stale, state: 'STALE' }
          throw new PublicApiError(
            503,
            'unavailable',
            'The campaign data is unavailable; try again shortly.',
          )
        }
      },
    }
  }

  // Live answers (one per known site and locale) and archive pages (a year each) are kept apart:
  // a crawler walking every year of every site can only evict archive pages, never live answers.
  const currentCache = createResponseCache<CurrentCampaignResponse>({
    now,
    maxEntries: 2000,
    serialize: linksThroughGo ? serializeWithGoLink(publicUrl) : undefined,
  })
  const archiveCache = createResponseCache<CampaignArchiveResponse>({ now, maxEntries: 500 })

  return {
    requireSite,
    current: source('campaign', currentCache, (context) => buildCurrentCampaign(context)),
    archive: source('campaigns', archiveCache, (context, { year }) => buildArchive(context, year)),

    /** Editors' preview: drafts as `user` may read them, never cached. */
    preview: async (
      kind: 'current' | 'archive',
      query: AnswerQuery & { at: Date | null },
      user: TypedUser,
    ): Promise<CurrentCampaignResponse | CampaignArchiveResponse> => {
      const site = await requireSite(query.slug)
      const context = contextFor(site, query.locale, {
        previewUser: user,
        ...(query.at ? { at: query.at } : {}),
      })
      return kind === 'current' ? buildCurrentCampaign(context) : buildArchive(context, query.year)
    },

    /** How many answers are kept: bounded whatever strangers send. */
    size: () => currentCache.size() + archiveCache.size(),
  }
}

/** The origins a site lets read (and frame) its answers. */
export const allowedOriginsOf = (site: Site): string[] =>
  (site.allowedOrigins ?? []).map((entry) => entry.origin)

export type PublicAnswers = ReturnType<typeof createPublicAnswers>
