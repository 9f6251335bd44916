// The code a webmaster pastes into a portal, as the admin's site page gives it and README's
// "Embed" section documents it: the preload of the banner's request, the element with its
// fallback link and the async module script (none of which can hold up the portal's first
// paint), and a stylesheet rule that reserves the bar's height before the script runs, so nothing
// on the page moves when the banner appears.
// A rule, not a style attribute: a strict Content-Security-Policy blocks inline styles.
import type { Locale } from '@campaign/shared/routes'
import {
  archivePagePath,
  publicSitePath,
  WIDGET_MODULE_PATH,
  WIDGET_PREFIX,
} from '@campaign/shared/routes'

import { escapeHtml } from './escapeHtml'

/**
 * The bar's reserved height in px from each viewport width up (px). Measured in Chromium over
 * 320–1400 px (tests/e2e measure the shift it leaves): it holds the demo banner (a two-line theme,
 * three messages, one attachment, pause and dismiss buttons) across the page's width, in a serif or
 * sans-serif page font, with a line to spare. A taller banner (a longer theme, more attachments,
 * a narrower column) needs more: README says how to measure it.
 */
export const BAR_HEIGHTS: readonly (readonly [minWidth: number, height: number])[] = [
  [0, 400],
  [600, 330],
  [720, 230],
  [1000, 180],
]

const SELECTOR = "campaign-banner[variant='bar']"

/** The stylesheet rule, formatted as Prettier formats README's css block. */
export const reservationCss = (): string =>
  BAR_HEIGHTS.map(([minWidth, height]) =>
    minWidth === 0
      ? `${SELECTOR} {\n  display: block;\n  min-height: var(--campaign-min-height);\n` +
        `  --campaign-min-height: ${height}px;\n}`
      : `@media (min-width: ${minWidth}px) {\n  ${SELECTOR} {\n` +
        `    --campaign-min-height: ${height}px;\n  }\n}`,
  ).join('\n')

/** The fallback link's words, in the site's default language (the banner's language too). */
export const FALLBACK_LABEL: Record<Locale, string> = {
  vi: 'Tháng hành động vì bình đẳng giới',
  en: 'Month of Action for Gender Equality',
}

/** A content-hashed build of the module script and its SRI hash (widget/dist/manifest.json). */
export interface PinnedBuild {
  hashed: string
  integrity: string
}

export interface ScriptSnippetOptions {
  /** The site's slug. */
  site: string
  /** The CMS origin the script and the campaign come from. */
  origin: string
  /** The site's default language: the banner's, its request's and its fallback link's. */
  locale: Locale
  /** The fallback link's address: the portal's own page; without one, the site's archive page. */
  link?: string
  /** With a pinned build, the script is that file, checked by its hash (SRI). */
  pinned?: PinnedBuild
}

/**
 * The preload of the banner's request, the element (its fallback link inside) and the async
 * module script. The preload starts the campaign request while the script is still on its way
 * (on a slow phone the banner's text came 2.95 s after navigation without it): it asks for
 * exactly the URL the script fetches, in the same CORS and credentials mode (`crossorigin`), so
 * the browser hands the script that response instead of asking again. The element's `lang`
 * keeps the two the same language whatever the page's `lang`.
 */
export const scriptSnippet = ({
  site,
  origin,
  locale,
  link,
  pinned,
}: ScriptSnippetOptions): string => {
  const href = link || origin + archivePagePath(site)
  const script = pinned
    ? `<script type="module" src="${escapeHtml(origin + WIDGET_PREFIX + pinned.hashed)}" ` +
      `integrity="${escapeHtml(pinned.integrity)}" crossorigin="anonymous" async></script>`
    : `<script type="module" src="${escapeHtml(origin + WIDGET_MODULE_PATH)}" async></script>`
  // Formatted as Prettier formats README's html block (one attribute a line: the URL is long).
  const campaignUrl = `${origin}${publicSitePath(site, 'campaign')}?locale=${locale}`
  return [
    `<link\n  rel="preload"\n  as="fetch"\n  crossorigin\n  href="${escapeHtml(campaignUrl)}"\n/>`,
    `<campaign-banner site="${escapeHtml(site)}" variant="bar" lang="${locale}">`,
    `  <a href="${escapeHtml(href)}">${escapeHtml(FALLBACK_LABEL[locale])}</a>`,
    `</campaign-banner>`,
    script,
  ].join('\n')
}
