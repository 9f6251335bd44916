// The iframe snippet's page: the banner alone, in its own document — its CSS only, the module
// script from this CMS, the same space-reservation rule the script snippet asks a portal for,
// and a fallback link to the site's archive page while the script loads or if it cannot run.
import type { Locale, Variant } from '@campaign/shared/routes'
import { archivePagePath, WIDGET_MODULE_PATH } from '@campaign/shared/routes'

import { reservationCss } from '../../components/embedCode'
import type { Site } from '../../payload-types'
import { markup, styleElement } from './html'
import { PAGE_STRINGS } from './pageStrings'

/**
 * The frame each variant fills, in CSS px (`null`: the portal column's width). The bar takes the
 * reservation rule's heights from the frame's own width (400 px below 600 px … 180 px from
 * 1000 px); a frame of these sizes shows the demo banner whole.
 */
export const EMBED_FRAME_SIZES: Record<Variant, { width: number | null; height: number }> = {
  bar: { width: null, height: 230 },
  card: { width: 300, height: 410 },
  compact: { width: null, height: 56 },
}

// No scrollbars whatever the frame: the page never scrolls, the banner fills the reserved space.
export const EMBED_CSS = [
  'html,body{margin:0;padding:0;overflow:hidden;background:transparent}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}',
  reservationCss(),
  ...(['card', 'compact'] as const).map(
    (variant) =>
      `campaign-banner[variant='${variant}']{display:block;min-height:var(--campaign-min-height);` +
      `--campaign-min-height:${EMBED_FRAME_SIZES[variant].height}px}`,
  ),
  'campaign-banner>a{display:block;padding:0.75em 1em;color:#0b5394}',
].join('\n')

export interface EmbedPageInput {
  site: Site
  variant: Variant
  locale: Locale
}

export const embedHtml = ({ site, variant, locale }: EmbedPageInput): string => {
  const t = PAGE_STRINGS[locale]
  return markup`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.bannerTitle(site.name)}</title>
<base target="_top">
${styleElement(EMBED_CSS)}
<script type="module" src="${WIDGET_MODULE_PATH}" async></script>
</head>
<body>
<campaign-banner site="${site.slug}" variant="${variant}" lang="${locale}" heading-level="1"><a href="${archivePagePath(site.slug)}">${t.bannerFallback}</a></campaign-banner>
</body>
</html>
`.toString()
}
