// Draws a banner image: satori lays the element tree out and writes the text as outlines (so the
// SVG needs no font), sharp (Payload's own image library, librsvg inside) turns it into a PNG at
// the asked scale. Pure in its inputs: the same content gives the same bytes.
import satori from 'satori'
import sharp from 'sharp'

import type { BannerContent } from './content'
import { bannerFonts } from './fonts'
import type { PreparedImage } from './layout'
import { bannerLayout } from './layout'
import type { BannerImageScale, BannerImageVariant } from './sizes'
import { BANNER_IMAGE_SIZES } from './sizes'

export interface BannerDrawing {
  content: BannerContent
  variant: BannerImageVariant
  scale: BannerImageScale
  /** The edition's image, cut to the variant's box at this scale; null draws none. */
  picture: PreparedImage | null
}

/** The SVG of a banner at 1×, in CSS pixels. */
export const renderBannerSvg = ({ content, variant, scale, picture }: BannerDrawing) =>
  satori(bannerLayout(content, variant, picture), {
    ...BANNER_IMAGE_SIZES[variant],
    fonts: bannerFonts(),
    // Positions rounded to the output's pixel grid, not to whole CSS pixels.
    pointScaleFactor: scale,
  })

/** The PNG, BANNER_IMAGE_SIZES[variant] × scale pixels. */
export const renderBannerPng = async (drawing: BannerDrawing): Promise<Buffer> => {
  const svg = await renderBannerSvg(drawing)
  // 72 dpi is one SVG unit per pixel; 144 doubles every dimension, text outlines stay sharp.
  return sharp(Buffer.from(svg), { density: 72 * drawing.scale })
    .png({ compressionLevel: 9, adaptiveFiltering: true })
    .toBuffer()
}
