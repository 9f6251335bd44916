// The iframe snippet's page: the banner alone, in its own document — its CSS only, the module
// script from this CMS, the same space-reservation rule the script snippet asks a portal for,
// and a fallback link to the site's archive page while the script loads or if it cannot run.
import type { Locale, Variant } from '@campaign/shared/routes'
import { archivePagePath, WIDGET_MODULE_PATH } from '@campaign/shared/routes'

import { EMBED_FRAMES } from '../../embed/iframeSnippet'
import { reservationCss } from '../../embed/scriptSnippet'
import type { Site } from '../../payload-types'
import { markup, styleElement } from './html'
import { PAGE_STRINGS } from './pageStrings'

/** The reservation of a variant other than the bar (whose rule is the script snippet's own). */
const reservationOf = (variant: 'card' | 'compact'): string[] => {
  const selector = `campaign-banner[variant='${variant}']`
  return EMBED_FRAMES[variant].heights.map(([minWidth, height]) =>
    minWidth === 0
      ? `${selector}{display:block;min-height:var(--campaign-min-height);--campaign-min-height:${height}px}`
      : `@media (min-width:${minWidth}px){${selector}{--campaign-min-height:${height}px}}`,
  )
}

// No scrollbars whatever the frame: the page never scrolls, the banner fills the reserved space.
export const EMBED_CSS = [
  'html,body{margin:0;padding:0;overflow:hidden;background:transparent}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}',
  reservationCss(),
  ...reservationOf('card'),
  ...reservationOf('compact'),
  'campaign-banner>a{display:block;padding:0.75em 1em;color:#0b5394}',
].join('\n')

export interface EmbedPageInput {
  site: Pick<Site, 'name' | 'slug'>
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
