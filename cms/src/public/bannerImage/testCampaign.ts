// A current-campaign answer for the banner image's unit tests: Khánh Hòa's 2021 edition, 20/11/2021
// 10:00 in Nha Trang, with any field overridden.
import type { CurrentCampaignResponse, PublicCampaign } from '@campaign/shared/contract'

export const SITE = {
  slug: 'khanh-hoa',
  name: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi',
} as const

export const campaignAnswer = (
  overrides: Partial<PublicCampaign> = {},
  serverTime = '2021-11-20T03:00:00.000Z',
): CurrentCampaignResponse => ({
  version: 1,
  kind: 'campaign',
  serverTime,
  site: SITE,
  campaign: {
    id: '42',
    editionKey: '42-1',
    series: 'Tháng hành động vì bình đẳng giới',
    year: 2021,
    title: 'Tháng hành động vì bình đẳng giới năm 2021',
    theme: 'Đảm bảo an sinh xã hội, tăng quyền năng cho phụ nữ và trẻ em gái',
    messages: ['Bình đẳng giới là chìa khóa để chấm dứt bạo lực đối với phụ nữ và trẻ em'],
    activities: [],
    window: { start: '2021-11-15', end: '2021-12-15' },
    displayWindow: { start: '2021-11-01', end: '2021-12-31' },
    timeZone: 'Asia/Ho_Chi_Minh',
    phase: 'live',
    daysUntilStart: 0,
    daysLeft: 25,
    articleUrl: null,
    accentColor: '#b3261e',
    image: null,
    documents: [],
    attachments: [],
    locale: 'vi',
    updatedAt: '2021-11-05T03:00:00.000Z',
    ...overrides,
  },
})

export const noneAnswer = (serverTime = '2021-11-20T03:00:00.000Z'): CurrentCampaignResponse => ({
  version: 1,
  kind: 'none',
  serverTime,
  site: SITE,
  campaign: null,
})
