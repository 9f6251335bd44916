import { describe, expect, it } from 'vitest'

import { bannerContent, DEFAULT_ACCENT } from './content'
import { campaignAnswer, noneAnswer, SITE } from './testCampaign'

describe('bannerContent', () => {
  it('words the phase and the window with the shared formatters, in the language asked for', () => {
    const answer = campaignAnswer()
    expect(bannerContent(answer, 'vi')).toMatchObject({
      kind: 'campaign',
      phase: 'Còn 25 ngày',
      window: '15/11/2021 – 15/12/2021',
    })
    expect(bannerContent(answer, 'en')).toMatchObject({
      phase: '25 days left',
      window: '15 Nov 2021 – 15 Dec 2021',
    })
  })

  it('follows the phase the answer was computed with', () => {
    const upcoming = campaignAnswer({ phase: 'upcoming', daysUntilStart: 3, daysLeft: 0 })
    expect(bannerContent(upcoming, 'vi')).toMatchObject({ phase: 'Bắt đầu sau 3 ngày' })
    const ended = campaignAnswer({ phase: 'ended', daysLeft: 0 })
    expect(bannerContent(ended, 'en')).toMatchObject({ phase: 'Ended' })
  })

  it('takes the theme as the heading, else the title, and the first message that has words', () => {
    const content = bannerContent(campaignAnswer({ theme: ' ', messages: ['  ', 'Thứ hai'] }), 'vi')
    expect(content).toMatchObject({
      heading: 'Tháng hành động vì bình đẳng giới năm 2021',
      message: 'Thứ hai',
    })
    expect(bannerContent(campaignAnswer({ messages: [] }), 'vi')).toMatchObject({ message: null })
  })

  it('writes combining marks as precomposed letters and folds runs of spaces', () => {
    const decomposed = 'Tha\u0301ng ha\u0300nh  \u0111o\u0302\u0323ng'
    const content = bannerContent(campaignAnswer({ title: decomposed }), 'vi')
    expect(content).toMatchObject({ title: 'Th\u00e1ng h\u00e0nh \u0111\u1ed9ng' })
  })

  it('uses the edition’s accent, else the widget’s, and the image’s URL', () => {
    const image = { url: 'https://cms.test/api/media/file/a.png', alt: '', width: 4, height: 4 }
    expect(bannerContent(campaignAnswer({ image }), 'vi')).toMatchObject({
      accent: '#b3261e',
      imageUrl: image.url,
    })
    expect(bannerContent(campaignAnswer({ accentColor: null }), 'vi')).toMatchObject({
      accent: DEFAULT_ACCENT,
      imageUrl: null,
    })
  })

  it('names the site when it shows nothing', () => {
    expect(bannerContent(noneAnswer(), 'en')).toEqual({ kind: 'none', siteName: SITE.name })
  })
})
