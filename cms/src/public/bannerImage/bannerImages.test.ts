import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { describe, expect, it } from 'vitest'

import { contentVersion } from '../changeSignal'
import { PublicApiError } from '../httpSupport'
import type { Answer } from '../publicAnswers'
import type { BannerImageQuery } from './bannerImages'
import { createBannerImages, isBannerImage } from './bannerImages'
import type { BannerDrawing } from './render'
import { campaignAnswer, SITE } from './testCampaign'

const TTL_MS = 30_000

/** Banner images over a fake current answer that the test changes, with counted drawings. */
const setup = (
  render = async (drawing: BannerDrawing) =>
    Buffer.from(JSON.stringify(drawing.content) + drawing.variant + drawing.scale),
) => {
  const clock = { now: new Date('2021-11-20T03:00:00Z') }
  const state: { shown: CurrentCampaignResponse; builds: number } = {
    shown: campaignAnswer(),
    builds: 0,
  }
  const drawings: BannerDrawing[] = []
  const images = createBannerImages({
    now: () => clock.now,
    readMedia: async () => null,
    render: (drawing) => {
      drawings.push(drawing)
      return render(drawing)
    },
    current: async ({ slug }): Promise<Answer<CurrentCampaignResponse>> => {
      if (slug !== SITE.slug) throw new PublicApiError(404, 'site_not_found', 'No site.')
      state.builds++
      const value = { ...state.shown, serverTime: clock.now.toISOString() }
      const body = Buffer.from(JSON.stringify(value))
      return {
        state: 'MISS',
        entry: {
          value,
          body,
          compressed: {},
          etag: '"x"',
          expiresAt: clock.now.getTime() + TTL_MS,
          version: contentVersion(),
          allowedOrigins: [],
        },
      }
    },
  })
  return { clock, state, drawings, images }
}

const query: BannerImageQuery = { slug: SITE.slug, locale: null, variant: 'bar', scale: 1 }

describe('createBannerImages', () => {
  it('draws once and answers from memory until the answer it is drawn from goes stale', async () => {
    const { images, drawings } = setup()
    const first = await images.get(query)
    expect(first.state).toBe('MISS')
    const again = await images.get(query)
    expect(again.state).toBe('HIT')
    expect(again.entry.body).toBe(first.entry.body)
    expect(images.peek(images.keyOf(query))).toBe(first.entry)
    expect(drawings).toHaveLength(1)
  })

  it('does not draw again when the answer is rebuilt with the same content', async () => {
    const { images, drawings, state, clock } = setup()
    const first = await images.get(query)
    clock.now = new Date(clock.now.getTime() + TTL_MS + 1)
    const rebuilt = await images.get(query)
    expect(state.builds).toBe(2)
    expect(rebuilt.state).toBe('MISS')
    expect(rebuilt.entry.etag).toBe(first.entry.etag)
    expect(drawings).toHaveLength(1)
  })

  it('draws again when what it shows changed: the phase line, the edition', async () => {
    const { images, drawings, state, clock } = setup()
    await images.get(query)
    state.shown = campaignAnswer({ daysLeft: 24 })
    clock.now = new Date(clock.now.getTime() + TTL_MS + 1)
    const nextDay = await images.get(query)
    expect(drawings).toHaveLength(2)
    expect(drawings[1]?.content).toMatchObject({ phase: 'Còn 24 ngày' })
    state.shown = campaignAnswer({ theme: 'Chủ đề mới' })
    clock.now = new Date(clock.now.getTime() + TTL_MS + 1)
    const edited = await images.get(query)
    expect(drawings).toHaveLength(3)
    expect(edited.entry.etag).not.toBe(nextDay.entry.etag)
  })

  it('keeps one entry per language, variant and scale, in the language asked for', async () => {
    const { images, drawings } = setup()
    await images.get(query)
    await images.get({ ...query, locale: 'en' })
    await images.get({ ...query, variant: 'card' })
    await images.get({ ...query, scale: 2 })
    expect(drawings.map(({ content, variant, scale }) => [content, variant, scale])).toMatchObject([
      [{ phase: 'Còn 25 ngày' }, 'bar', 1],
      [{ phase: '25 days left' }, 'bar', 1],
      [{ phase: 'Còn 25 ngày' }, 'card', 1],
      [{ phase: 'Còn 25 ngày' }, 'bar', 2],
    ])
    expect(images.size()).toBe(8)
  })

  it('tells when the site’s day ends, in its zone', async () => {
    const { images } = setup()
    const { entry } = await images.get(query)
    expect(isBannerImage(entry.value)).toBe(true)
    // 20/11/2021 10:00 in Nha Trang (UTC+7): the day ends at 17:00 UTC.
    expect(isBannerImage(entry.value) && entry.value.nextDayAt).toBe(
      Date.parse('2021-11-20T17:00:00Z'),
    )
  })

  it('keeps nothing for an unknown site', async () => {
    const { images, drawings } = setup()
    await expect(images.get({ ...query, slug: 'khong-co' })).rejects.toMatchObject({ status: 404 })
    expect(images.size()).toBe(0)
    expect(drawings).toHaveLength(0)
  })

  it('keeps no failed drawing: the next request draws again', async () => {
    let isDown = true
    const { images, drawings } = setup(async (drawing) => {
      if (isDown) throw new Error('renderer down')
      return Buffer.from(drawing.variant)
    })
    await expect(images.get(query)).rejects.toThrow('renderer down')
    expect(images.size()).toBe(0)
    isDown = false
    expect((await images.get(query)).entry.body.toString()).toBe('bar')
    expect(drawings).toHaveLength(2)
  })
})
