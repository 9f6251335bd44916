import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { prepareImage } from './campaignImage'
import type { BannerContent } from './content'
import { bannerContent } from './content'
import { IMAGE_BOXES } from './layout'
import { renderBannerPng, warmUpBannerRenderer } from './render'
import { BANNER_IMAGE_SCALES, BANNER_IMAGE_SIZES, BANNER_IMAGE_VARIANTS } from './sizes'
import { campaignAnswer, noneAnswer } from './testCampaign'

const content = bannerContent(campaignAnswer(), 'vi')

/** The colour of the pixel at (x, y) in CSS pixels, '#rrggbb'. */
const pixelAt = async (png: Buffer, x: number, y: number): Promise<string> => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  return `#${[...data.subarray(i, i + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

describe('renderBannerPng', () => {
  it.each(
    BANNER_IMAGE_VARIANTS.flatMap((variant) =>
      BANNER_IMAGE_SCALES.map((scale) => ({ variant, scale })),
    ),
  )('draws a $variant at $scale× as a PNG of its declared size', async ({ variant, scale }) => {
    const png = await renderBannerPng({ content, variant, scale, picture: null })
    const { format, width, height } = await sharp(png).metadata()
    expect({ format, width, height }).toEqual({
      format: 'png',
      width: BANNER_IMAGE_SIZES[variant].width * scale,
      height: BANNER_IMAGE_SIZES[variant].height * scale,
    })
  })

  it('gives the same bytes for the same content, other bytes when a word changes', async () => {
    const draw = (shown: BannerContent) =>
      renderBannerPng({ content: shown, variant: 'bar', scale: 1, picture: null })
    const [first, again] = [await draw(content), await draw(content)]
    expect(again.equals(first)).toBe(true)
    const nextDay = bannerContent(campaignAnswer({ daysLeft: 24 }), 'vi')
    expect((await draw(nextDay)).equals(first)).toBe(false)
  })

  it('fills the bar with the edition’s accent and the card’s top border with it', async () => {
    const bar = await renderBannerPng({ content, variant: 'bar', scale: 1, picture: null })
    expect(await pixelAt(bar, 2, 2)).toBe('#b3261e')
    const card = await renderBannerPng({ content, variant: 'card', scale: 1, picture: null })
    expect(await pixelAt(card, 150, 1)).toBe('#b3261e')
    expect(await pixelAt(card, 150, 200)).toBe('#ffffff')
  })

  it('draws the edition’s image in its box', async () => {
    const green = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#00ff00' },
    })
      .png()
      .toBuffer()
    for (const variant of BANNER_IMAGE_VARIANTS) {
      const picture = await prepareImage(green, IMAGE_BOXES[variant], 1)
      const png = await renderBannerPng({ content, variant, scale: 1, picture })
      const box = IMAGE_BOXES[variant]
      // The box's middle; the card's image sits below its 4 px accent border.
      expect(await pixelAt(png, Math.round(box.width / 2), Math.round(box.height / 2) + 4)).toBe(
        '#00ff00',
      )
    }
  })

  it('draws a quiet image of the same size when the site shows nothing', async () => {
    const none = bannerContent(noneAnswer(), 'vi')
    for (const variant of BANNER_IMAGE_VARIANTS) {
      const png = await renderBannerPng({ content: none, variant, scale: 1, picture: null })
      expect(await sharp(png).metadata()).toMatchObject(BANNER_IMAGE_SIZES[variant])
      expect(await pixelAt(png, 4, 4)).toBe('#f5f5f5')
    }
  })

  it('warms up without failing: the CMS awaits it before listening', async () => {
    await expect(warmUpBannerRenderer()).resolves.toBeUndefined()
  })
})
