// The code a webmaster pastes into a portal, as the admin's site page gives it and README's
// "Embed" section documents it: the element with its fallback link and the async module script
// (which can never hold up the portal's first paint), and a stylesheet rule that reserves the
// bar's height before the script runs, so nothing on the page moves when the banner appears.
// A rule, not a style attribute: a strict Content-Security-Policy blocks inline styles.

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

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface EmbedHtmlOptions {
  /** The site's slug. */
  site: string
  /** The CMS origin the script comes from. */
  origin: string
  /** The fallback link's address (the portal's own article or page), if the site has one. */
  link?: string
  /** The fallback link's words. */
  label: string
}

/** The element (with its fallback link when there is an address for it) and the script tag. */
export const embedHtml = ({ site, origin, link, label }: EmbedHtmlOptions): string =>
  [
    link
      ? `<campaign-banner site="${escapeHtml(site)}" variant="bar">\n` +
        `  <a href="${escapeHtml(link)}">${escapeHtml(label)}</a>\n</campaign-banner>`
      : `<campaign-banner site="${escapeHtml(site)}" variant="bar"></campaign-banner>`,
    `<script type="module" src="${escapeHtml(origin)}/widget/v1/campaign-banner.js" async></script>`,
  ].join('\n')
