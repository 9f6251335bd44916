// Where a banner's campaign comes from: one request per api+site+locale for the whole page, shared
// by every banner asking for it, with a timeout and no credentials; the contract check; the last
// good payload in localStorage, shown at once on the next visit while the request refreshes it;
// and which edition the visitor dismissed. Storage may be full or disabled: the widget then works
// without it.
import type { BannerCampaign, BannerResponse, Locale } from '@campaign/shared/contract'
import { parseBannerResponse } from '@campaign/shared/contract'

/**
 * A campaign to show, how far the server's clock was ahead of this browser's (ms) at fetch, and
 * the server's instant (ms) its phase figures are for.
 */
export interface Loaded {
  campaign: BannerCampaign
  skew: number
  servedAt: number
}

/** Loaded: show it; null: the site has no campaign now; undefined: the request failed. */
export type Outcome = Loaded | null | undefined

export interface Source {
  api: string // origin (and optional path prefix) of the CMS, no trailing slash
  site: string
  locale: Locale
  timeout: number // ms
}

interface CacheEntry {
  response: BannerResponse
  skew: number
}

const PREFIX = 'campaign-banner:'

// Banners added later (or re-rendered for another language and back) reuse a request, with the
// instant it started and, if it failed, when: the banners of one page load share a failure (and
// its one warning); one added a while later (SPA navigation) tries again.
const requests = new Map<
  string,
  [promise: Promise<Outcome>, startedAt: number, failedAt?: number]
>()
const RETRY_AFTER = 30_000

// The browser's HTTP cache may answer with a response as old as max-age + stale-while-revalidate
// (11 minutes by default), whose serverTime is that much behind: a smaller skew is taken as none.
// The correction is for visitors' clocks that are wrong by hours or days.
const SKEW_FLOOR = 15 * 60_000

/** The localStorage key of a source's cached payload. */
export const cacheKey = ({ api, site, locale }: Source): string =>
  `${PREFIX}${api}|${site}|${locale}`

/** The localStorage key holding the edition key the visitor dismissed for a site. */
export const dismissalKey = ({ api, site }: Source): string => `${PREFIX}dismissed:${api}|${site}`

function check(input: unknown): BannerResponse {
  const result = parseBannerResponse(input)
  if (!result.ok) throw new TypeError('contract mismatch: ' + result.error)
  return result.value
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // full or disabled: nothing remembered
  }
}

/** The cached campaign for `source`, checked again (an older widget may have written it), if any. */
export function readCache(source: Source): Loaded | undefined {
  try {
    const entry = JSON.parse(read(cacheKey(source)) ?? '0') as CacheEntry
    const { campaign, serverTime } = check(entry.response)
    return campaign
      ? { campaign, skew: +entry.skew || 0, servedAt: Date.parse(serverTime) }
      : undefined
  } catch {
    return undefined
  }
}

async function request(source: Source, key: string): Promise<Outcome> {
  const { api, site, locale, timeout } = source
  try {
    // Fetch's default credentials, 'same-origin' (none to a CMS on another origin), are what the
    // snippet's `<link rel=preload as=fetch crossorigin>` asks with: Chromium reuses a preloaded
    // response only for a request in the same credentials mode.
    const response = await fetch(
      `${api}/api/public/sites/${encodeURIComponent(site)}/campaign?locale=${locale}`,
      { signal: AbortSignal.timeout(timeout) },
    )
    if (!response.ok) throw new Error('HTTP ' + response.status)
    const value = check(await response.json())
    const servedAt = Date.parse(value.serverTime)
    const measured = servedAt - Date.now()
    const skew = Math.abs(measured) < SKEW_FLOOR ? 0 : measured
    write(key, value.campaign && JSON.stringify({ response: value, skew } satisfies CacheEntry))
    return value.campaign && { campaign: value.campaign, skew, servedAt }
  } catch (error) {
    console.warn(
      `<campaign-banner site="${site}">: ${String(error)}; showing cached or fallback content`,
    )
    return undefined
  }
}

/**
 * The current campaign of `source`. Every banner asking for the same source on this page shares
 * one request (and its single console warning on failure), unless it started before `notBefore`
 * (ms; a banner asks again at each new day in the campaign's zone).
 */
export function loadCampaign(source: Source, notBefore = 0): Promise<Outcome> {
  const key = cacheKey(source)
  const [shared, startedAt = -Infinity, failedAt = Infinity] = requests.get(key) ?? []
  if (shared && startedAt >= notBefore && Date.now() - failedAt < RETRY_AFTER) return shared
  const entry: [Promise<Outcome>, number, number?] = [request(source, key), Date.now()]
  requests.set(key, entry)
  void entry[0].then((outcome) => {
    if (outcome === undefined) entry[2] = Date.now()
  })
  return entry[0]
}

/** The edition key the visitor dismissed for this site, if any. */
export const dismissedEdition = (source: Source): string | null => read(dismissalKey(source))

/** Remembers a dismissal; a later edition (or a major update: a new edition key) shows again. */
export const rememberDismissal = (source: Source, editionKey: string): void =>
  write(dismissalKey(source), editionKey)

/** Forgets this page's requests, as a new visit would (tests; not part of the build's API). */
export const forgetRequests = (): void => requests.clear()
