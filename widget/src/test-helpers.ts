// DOM helpers for the browser tests: the element registered once, a fetch stub, mounting, waiting
// for a banner's request and update, and reading the shadow root.
import type { MockInstance } from 'vitest'
import { vi } from 'vitest'
import type { CampaignBanner } from './campaign-banner'
import { defineCampaignBanner } from './campaign-banner'
import { loadCampaign } from './data'
import { localeOf } from './i18n'

export const API = 'https://cms.example'

defineCampaignBanner(API)

let sites = 0

/** A site slug no other test used: requests are shared per page for the page's whole life. */
export const uniqueSite = (): string => `site-${++sites}-${Date.now().toString(36)}`

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** Stubs `fetch`: each call gets `reply()` (a Response, or a promise of one, or a rejection). */
export function stubFetch(
  reply: (url: string, init: RequestInit | undefined) => Response | Promise<Response>,
): MockInstance<typeof fetch> {
  return vi
    .spyOn(window, 'fetch')
    .mockImplementation(async (input, init) => reply(String(input), init))
}

/** Appends a banner with these attributes (true: present, empty) and optional fallback link. */
export async function mount(
  attributes: Record<string, string | true>,
  fallback?: string,
): Promise<CampaignBanner> {
  const banner = document.createElement('campaign-banner')
  for (const [name, value] of Object.entries(attributes))
    banner.setAttribute(name, value === true ? '' : value)
  if (fallback) {
    const link = document.createElement('a')
    link.href = 'https://portal.example/fallback'
    link.textContent = fallback
    banner.append(link)
  }
  document.body.append(banner)
  await banner.updateComplete
  return banner
}

/** Waits until the banner's request has answered and the banner shows what it brought. */
export async function rendered(banner: CampaignBanner): Promise<void> {
  await banner.updateComplete // the first update starts the request
  const api = (banner.api || API).replace(/\/+$/, '')
  const lang = banner.language ?? banner.closest('[lang]')?.getAttribute('lang')
  // The page's one request for this source (data.ts shares it): the banner's own.
  await loadCampaign({ api, site: banner.site ?? '', locale: localeOf(lang), timeout: 8000 })
  await banner.updateComplete
}

/** The element with this part in the banner's shadow root. */
export const part = (banner: Element, name: string): HTMLElement | null =>
  banner.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null

/** The visible words of a part (or of the whole banner), whitespace collapsed. */
export const text = (banner: Element, name?: string): string =>
  ((name ? part(banner, name) : banner.shadowRoot)?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** What the slot shows: the fallback content's text, or '' when no slot is rendered. */
export const fallbackShown = (banner: Element): boolean =>
  !!banner.shadowRoot?.querySelector('slot')
