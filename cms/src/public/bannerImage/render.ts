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

// Both weights, the digits and most of the Vietnamese letters: the glyphs a first banner needs.
const WARM_UP: BannerContent = {
  kind: 'campaign',
  title: 'Tháng hành động vì bình đẳng giới năm 2025 – Month of Action',
  heading: 'Chấm dứt bạo lực đối với phụ nữ và trẻ em; ưu tiên hỗ trợ người yếu thế',
  message: 'Ăn ở ẩn ỉ ũ ỹ ỵ ợ ộ ậ ặ ẹ ệ ọ ụ ự ỳ ỷ ý ẽ ễ ỗ ỡ ữ ẫ ẵ Đ đ',
  window: '15/11/2025 – 15/12/2025 0123456789',
  phase: 'Còn 25 ngày · Bắt đầu sau 3 ngày · Đã kết thúc',
  accent: '#0b5394',
  imageUrl: null,
}

/**
 * Parses the fonts, starts the layout engine and the rasteriser (1–2 s of CPU the first time,
 * which would block the server's one thread): called at startup, before visitors' requests.
 */
export const warmUpBannerRenderer = async (): Promise<void> => {
  await renderBannerPng({ content: WARM_UP, variant: 'card', scale: 1, picture: null })
}
