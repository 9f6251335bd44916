// The banner images of every site, kept like the JSON they are drawn from (derivedAnswers.ts):
// an entry per site, language, variant and scale, fresh exactly as long as the site's current
// answer. That answer is rebuilt every TTL; a drawing is made only when what it shows changed
// (a new edition, text, phase or day), so an unchanged banner is never drawn twice.
import type { CurrentCampaignResponse, Locale } from '@campaign/shared/contract'
import { nextDayBoundary } from '@campaign/shared/schedule'

import { createDerivedAnswers } from '../derivedAnswers'
import type { Answer, AnswerQuery } from '../publicAnswers'
import type { MediaReader } from './campaignImage'
import { prepareImage } from './campaignImage'
import { bannerContent } from './content'
import { IMAGE_BOXES } from './layout'
import type { BannerDrawing } from './render'
import { renderBannerPng } from './render'
import type { BannerImageScale, BannerImageVariant } from './sizes'

export interface BannerImageQuery {
  slug: string
  /** null: the site's default language. */
  locale: Locale | null
  variant: BannerImageVariant
  scale: BannerImageScale
}

export interface BannerImage {
  png: Buffer
  /** Epoch ms of the site's next midnight, when the phase line may change: no cache keeps it past. */
  nextDayAt: number
}

export const isBannerImage = (value: unknown): value is BannerImage =>
  typeof value === 'object' && value !== null && Buffer.isBuffer((value as BannerImage).png)

// Per site: 3 languages (vi, en, the default) × 2 variants × 2 scales = 12 entries of ~30 kB.
const MAX_IMAGES = 600

export interface BannerImagesOptions {
  /** What the site shows now (PublicAnswers' `current.get`); throws for an unknown site. */
  current: (query: AnswerQuery) => Promise<Answer<CurrentCampaignResponse>>
  now: () => Date
  readMedia: MediaReader
  /** The drawing itself; tests count calls through it. */
  render?: (drawing: BannerDrawing) => Promise<Buffer>
}

export const createBannerImages = ({
  current,
  now,
  readMedia,
  render = renderBannerPng,
}: BannerImagesOptions) => {
  // The drawings by what they show; the entries below point at these same buffers.
  const drawings = new Map<string, Promise<Buffer>>()

  const draw = async (
    shown: CurrentCampaignResponse,
    { locale, variant, scale }: BannerImageQuery,
  ): Promise<Buffer> => {
    const content = bannerContent(shown, locale ?? shown.site.locale)
    const key = JSON.stringify([content, variant, scale])
    const known = drawings.get(key)
    if (known) return known
    const drawing = (async () => {
      const imageUrl = content.kind === 'campaign' ? content.imageUrl : null
      const source = imageUrl ? await readMedia(imageUrl) : null
      const picture = source ? await prepareImage(source, IMAGE_BOXES[variant], scale) : null
      return render({ content, variant, scale, picture })
    })()
    drawings.set(key, drawing)
    // A failed drawing is not kept: the next request tries again.
    drawing.catch(() => drawings.delete(key))
    if (drawings.size > MAX_IMAGES) drawings.delete(drawings.keys().next().value as string)
    return drawing
  }

  const images = createDerivedAnswers({
    now,
    maxEntries: MAX_IMAGES,
    serialize: (image: BannerImage) => image.png,
    keyOf: ({ slug, locale, variant, scale }: BannerImageQuery) =>
      `${slug}|${locale ?? ''}|${variant}|${scale}`,
    source: ({ slug, locale }: BannerImageQuery) => current({ slug, locale, year: null }),
    derive: async (shown: CurrentCampaignResponse, query: BannerImageQuery) => ({
      png: await draw(shown, query),
      nextDayAt: nextDayBoundary(new Date(shown.serverTime), shown.site.timeZone).getTime(),
    }),
  })

  return {
    ...images,
    /** Entries and drawings kept: bounded whatever strangers send. */
    size: () => images.size() + drawings.size,
  }
}

export type BannerImages = ReturnType<typeof createBannerImages>
