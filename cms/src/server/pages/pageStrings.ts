// The public pages' own words (embed, archive, errors), vi and en. Dates, windows and file sizes
// come from @campaign/shared/format, the same as in the banner.
import type { Locale } from '@campaign/shared/routes'

import { frameTitle } from '../../embed/iframeSnippet'

export interface PageStrings {
  archiveTitle: string
  archiveOfYear: (year: number) => string
  allYears: string
  editionsFound: (count: number) => string
  noEditions: string
  theme: string
  window: string
  messages: string
  activities: string
  documents: string
  attachments: string
  readArticle: string
  /** 'Kế hoạch số 10909/KH-UBND' / 'Kế hoạch No. 10909/KH-UBND'. */
  documentTitle: (type: string, number: string) => string
  issuedOn: string
  issuer: string
  openData: string
  bannerTitle: (siteName: string) => string
  bannerFallback: string
  notFound: string
  badRequest: string
  unavailable: string
}

export const PAGE_STRINGS: Record<Locale, PageStrings> = {
  vi: {
    archiveTitle: 'Lưu trữ chiến dịch truyền thông',
    archiveOfYear: (year) => `Năm ${year}`,
    allYears: 'Tất cả các năm',
    editionsFound: (count) => `${count} chiến dịch đã công bố, mới nhất trước.`,
    noEditions: 'Chưa có chiến dịch nào được công bố.',
    theme: 'Chủ đề',
    window: 'Thời gian',
    messages: 'Thông điệp',
    activities: 'Hoạt động chính',
    documents: 'Văn bản chỉ đạo',
    attachments: 'Tệp đính kèm',
    readArticle: 'Xem bài viết đầy đủ',
    documentTitle: (type, number) => `${type} số ${number}`,
    issuedOn: 'Ngày ban hành',
    issuer: 'Cơ quan ban hành',
    openData: 'Dữ liệu mở (JSON)',
    bannerTitle: (siteName) => frameTitle('vi', siteName),
    bannerFallback: 'Xem các chiến dịch truyền thông',
    notFound: 'Không tìm thấy trang này.',
    badRequest: 'Địa chỉ không hợp lệ.',
    unavailable: 'Dữ liệu tạm thời không truy cập được; vui lòng thử lại sau.',
  },
  en: {
    archiveTitle: 'Campaign archive',
    archiveOfYear: (year) => `${year}`,
    allYears: 'All years',
    editionsFound: (count) =>
      count === 1 ? '1 published campaign.' : `${count} published campaigns, newest first.`,
    noEditions: 'No campaign has been published yet.',
    theme: 'Theme',
    window: 'Dates',
    messages: 'Messages',
    activities: 'Main activities',
    documents: 'Official documents',
    attachments: 'Attachments',
    readArticle: 'Read the full article',
    documentTitle: (type, number) => `${type} No. ${number}`,
    issuedOn: 'Issued on',
    issuer: 'Issued by',
    openData: 'Open data (JSON)',
    bannerTitle: (siteName) => frameTitle('en', siteName),
    bannerFallback: 'See the campaigns',
    notFound: 'This page does not exist.',
    badRequest: 'This address is not valid.',
    unavailable: 'The data cannot be reached right now; please try again shortly.',
  },
}
