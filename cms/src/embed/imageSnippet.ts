// The image snippet, for portals whose editor strips <script> (NukeViet's keeps a, img, div): a
// link through /go/:site to what the site shows now, around the banner rendered server-side as a
// PNG. Nothing runs on the portal; the picture and the link follow each new edition by themselves.
// Its alt text is the banner alt text module's (banner.txt), which names no year or date, so the
// pasted copy does not go stale with the next edition's dates.
import type { Locale } from '@campaign/shared/routes'
import { goPath, publicSitePath } from '@campaign/shared/routes'

import type { BannerImageScale, BannerImageVariant } from '../public/bannerImage/sizes'
import { BANNER_IMAGE_SIZES } from '../public/bannerImage/sizes'
import { escapeHtml } from './escapeHtml'

export interface ImageSnippetOptions {
  site: string
  /** The CMS origin the picture and the link come from. */
  origin: string
  /** The site's default language: the picture's words and the alt text's. */
  locale: Locale
  variant: BannerImageVariant
  /** What the picture says, without dates (GET …/banner.txt). */
  alt: string
}

/** The picture's address at a scale (2: twice the pixels, for high-density screens). */
export const bannerImageUrl = (
  { site, origin, locale, variant }: Omit<ImageSnippetOptions, 'alt'>,
  scale: BannerImageScale = 1,
): string =>
  `${origin}${publicSitePath(site, 'bannerImage')}?variant=${variant}&locale=${locale}` +
  (scale === 1 ? '' : `&scale=${scale}`)

/**
 * `<a><img></a>` with the picture's width and height (the portal reserves its box before it
 * arrives, nothing moves) and a 2× source for high-density screens. `max-width: 100%` lets the
 * 728 px bar shrink in a phone's column; an editor that drops the style attribute loses only that.
 * No whitespace between the tags (it would show as an underlined space beside the picture).
 */
export const imageSnippet = (options: ImageSnippetOptions): string => {
  const { width, height } = BANNER_IMAGE_SIZES[options.variant]
  const attribute = (name: string, value: string | number) =>
    `  ${name}="${escapeHtml(String(value))}"`
  return [
    `<a href="${escapeHtml(options.origin + goPath(options.site))}"><img`,
    attribute('src', bannerImageUrl(options)),
    attribute('srcset', `${bannerImageUrl(options, 2)} 2x`),
    attribute('alt', options.alt),
    attribute('width', width),
    attribute('height', height),
    attribute('style', 'max-width: 100%; height: auto'),
    '/></a>',
  ].join('\n')
}
