// The iframe snippet, for portals whose editor keeps <iframe> but strips <script>: the CMS's
// embed page (/embed/:site) in a frame of the size that page reserves for the banner, titled as
// that page is, so a screen reader announces what the frame holds.
import type { Locale, Variant } from '@campaign/shared/routes'
import { embedPath } from '@campaign/shared/routes'

import { escapeHtml } from './escapeHtml'
import { BAR_HEIGHTS } from './scriptSnippet'

type Heights = readonly (readonly [minWidth: number, height: number])[]

/**
 * The frame each variant needs, in CSS px: its width (`null`: the portal column's) and its height
 * from the frame's width up, the narrower the taller (the texts wrap). The bar's are the script
 * snippet's reservation rule; the compact strip's were measured as the bar's (demo banner in
 * Chromium, 164 px at 300 px wide … 35 px at 1200 px) with a line to spare. The embed page
 * reserves exactly these heights, so a frame of this size holds the banner whole (tests/e2e
 * check it).
 */
export const EMBED_FRAMES: Record<Variant, { width: number | null; heights: Heights }> = {
  bar: { width: null, heights: BAR_HEIGHTS },
  card: { width: 300, heights: [[0, 410]] },
  compact: {
    width: null,
    heights: [
      [0, 190],
      [480, 136],
      [600, 110],
      [1000, 86],
    ],
  },
}

/**
 * The column width the snippet's full-width frames are sized for: a portal's content column on
 * a desktop (720–999 px). README's table gives the heights for narrower and wider columns.
 */
export const TYPICAL_COLUMN_WIDTH = 800

/** The height the embed page reserves in a frame `width` px wide. */
export const frameHeight = (variant: Variant, width: number): number => {
  let height = 0
  for (const [minWidth, bandHeight] of EMBED_FRAMES[variant].heights) {
    if (width >= minWidth) height = bandHeight
  }
  return height
}

/** The embed page's title, and the frame's: what a screen reader announces. */
export const frameTitle = (locale: Locale, siteName: string): string =>
  locale === 'en' ? `Campaign banner – ${siteName}` : `Chiến dịch truyền thông – ${siteName}`

export interface IframeSnippetOptions {
  site: string
  siteName: string
  /** The CMS origin the embed page comes from. */
  origin: string
  /** The site's default language: the banner's and the frame title's. */
  locale: Locale
  variant: Variant
}

/** The <iframe>, formatted as Prettier formats README's html block (one attribute a line). */
export const iframeSnippet = ({
  site,
  siteName,
  origin,
  locale,
  variant,
}: IframeSnippetOptions): string => {
  const { width } = EMBED_FRAMES[variant]
  const src = `${origin}${embedPath(site)}?variant=${variant}&locale=${locale}`
  return [
    '<iframe',
    `  src="${escapeHtml(src)}"`,
    `  title="${escapeHtml(frameTitle(locale, siteName))}"`,
    `  width="${width ?? '100%'}"`,
    `  height="${frameHeight(variant, width ?? TYPICAL_COLUMN_WIDTH)}"`,
    '  style="border: 0"',
    // Below the fold the frame (a page and its script) loads only as the reader nears it.
    '  loading="lazy"',
    '></iframe>',
  ].join('\n')
}
