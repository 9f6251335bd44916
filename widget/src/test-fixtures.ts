// Test data: a current-campaign response as the CMS sends it (the Khánh Hòa 2025 edition of the
// Month of Action for Gender Equality; ids, URLs and sizes made up), and variations of it. Plain
// data, used by the browser tests and by the node tests of the built files.
import type { CurrentCampaignResponse, PublicCampaign } from '@campaign/shared/contract'

export const campaign2025: PublicCampaign = {
  id: '7',
  editionKey: '7-1',
  series: 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
  year: 2025,
  title: 'Tháng hành động vì bình đẳng giới 2025',
  theme: 'Chung tay hành động vì bình đẳng giới, xóa bỏ bạo lực trên cơ sở giới',
  messages: [
    'Bình đẳng giới là chìa khóa để chấm dứt bạo lực đối với phụ nữ và trẻ em',
    'Nói không với bạo lực trên cơ sở giới',
    'Phụ nữ và nam giới cùng chia sẻ việc nhà',
  ],
  activities: [],
  window: { start: '2025-11-15', end: '2025-12-15' },
  displayWindow: { start: '2025-11-01', end: '2025-12-31' },
  timeZone: 'Asia/Ho_Chi_Minh',
  phase: 'live',
  daysUntilStart: 0,
  daysLeft: 25,
  articleUrl: 'https://portal.example/thang-hanh-dong-2025',
  accentColor: '#f26522',
  image: null,
  documents: [],
  attachments: [
    {
      title: 'Kế hoạch 10909/KH-UBND',
      url: 'https://cms.example/media/10909-kh-ubnd.pdf',
      mimeType: 'application/pdf',
      fileType: 'PDF',
      bytes: 2_411_724,
    },
  ],
  locale: 'vi',
  updatedAt: '2025-11-05T03:00:00.000Z',
}

/** 20/11/2025 10:00 in Nha Trang: live, 25 days left. */
export const SERVER_TIME = '2025-11-20T03:00:00.000Z'

export function responseWith(
  changes: Partial<PublicCampaign> = {},
  serverTime = SERVER_TIME,
): CurrentCampaignResponse {
  return {
    version: 1,
    kind: 'campaign',
    serverTime,
    site: {
      slug: 'skhcn-khanhhoa',
      name: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
      timeZone: 'Asia/Ho_Chi_Minh',
      locale: 'vi',
    },
    campaign: { ...campaign2025, ...changes },
  }
}

export const noCampaign = (): CurrentCampaignResponse => ({
  ...responseWith(),
  kind: 'none',
  campaign: null,
})

// Strings that look like markup or script: they must show as text.
export const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
]
