// The image snippet's shapes and their sizes in CSS pixels: the admin's snippet writes these as the
// <img>'s width and height, and the renderer draws exactly this box (times the scale), so the
// portal reserves the right space before the image arrives.

/** 'bar': a leaderboard strip across the page; 'card': a sidebar box (the IAB medium rectangle). */
export const BANNER_IMAGE_VARIANTS = ['bar', 'card'] as const

export type BannerImageVariant = (typeof BANNER_IMAGE_VARIANTS)[number]

export const isBannerImageVariant = (value: unknown): value is BannerImageVariant =>
  (BANNER_IMAGE_VARIANTS as readonly unknown[]).includes(value)

export const BANNER_IMAGE_SIZES: Record<BannerImageVariant, { width: number; height: number }> = {
  bar: { width: 728, height: 90 },
  card: { width: 300, height: 250 },
}

/** 1 for ordinary screens, 2 for high-density ones (`srcset="… 2x"`): pixels per CSS pixel. */
export const BANNER_IMAGE_SCALES = [1, 2] as const

export type BannerImageScale = (typeof BANNER_IMAGE_SCALES)[number]
