// The preview pane's words, in the editor's interface language (Vietnamese unless they chose English).
import type { Locale } from '@campaign/shared/contract'

import type { PreviewDayKey } from './previewDays'

export interface PreviewTexts {
  title: string
  dateLabel: string
  zoneNote: (timeZone: string) => string
  days: Record<PreviewDayKey | 'today', string>
  bar: string
  card: string
  contentLanguage: (language: string) => string
  phaseLine: (line: string) => string
  hiddenBefore: (from: string) => string
  hiddenAfter: (until: string) => string
  incomplete: string
  invalid: (problem: string) => string
}

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  vi: { vi: 'Tiếng Việt', en: 'English' },
  en: { vi: 'Vietnamese', en: 'English' },
}

export const PREVIEW_TEXTS: Record<Locale, PreviewTexts> = {
  vi: {
    title: 'Xem trước biểu ngữ',
    dateLabel: 'Xem như khách truy cập vào lúc',
    zoneNote: (zone) => `giờ của cổng (${zone})`,
    days: {
      before: 'Trước thời gian hiển thị',
      first: 'Ngày đầu',
      last: 'Ngày cuối (23:59)',
      after: 'Sau khi kết thúc',
      today: 'Hôm nay',
    },
    bar: 'Dạng dải ngang (bar)',
    card: 'Dạng thẻ (card)',
    contentLanguage: (language) =>
      `Nội dung bằng ${language}: đổi ngôn ngữ nội dung ở đầu trang soạn thảo để xem bản kia.`,
    phaseLine: (line) => `Khách truy cập thấy: «${line}»`,
    hiddenBefore: (from) => `Ngày này cổng chưa hiển thị biểu ngữ (hiển thị từ ${from}).`,
    hiddenAfter: (until) => `Ngày này cổng không còn hiển thị biểu ngữ (đã hết hạn ngày ${until}).`,
    incomplete: 'Chưa xem trước được: cần thời gian diễn ra và ít nhất một thông điệp.',
    invalid: (problem) => `Chưa xem trước được, dữ liệu chưa đủ: ${problem}`,
  },
  en: {
    title: 'Banner preview',
    dateLabel: 'View as a visitor at',
    zoneNote: (zone) => `the portal's time (${zone})`,
    days: {
      before: 'Before the display window',
      first: 'First day',
      last: 'Last day (23:59)',
      after: 'After the end',
      today: 'Today',
    },
    bar: 'Bar',
    card: 'Card',
    contentLanguage: (language) =>
      `Content in ${language}: switch the content language at the top of the editor to see the other.`,
    phaseLine: (line) => `Visitors see: “${line}”`,
    hiddenBefore: (from) => `On this day the portal shows no banner yet (shown from ${from}).`,
    hiddenAfter: (until) =>
      `On this day the portal no longer shows the banner (shown until ${until}).`,
    incomplete: 'Nothing to preview yet: the campaign needs its dates and at least one message.',
    invalid: (problem) => `Nothing to preview yet, the data is incomplete: ${problem}`,
  },
}

export const languageName = (content: Locale, interfaceLanguage: Locale): string =>
  LANGUAGE_NAMES[interfaceLanguage][content]
