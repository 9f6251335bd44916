// What "Nhập từ thông báo" answers an editor when it cannot go on, in their admin language.
import type { PayloadRequest } from 'payload'

import { messageLanguage } from '../../../i18n/messages'

const vi = {
  siteRequired: 'Hãy chọn trang sẽ hiển thị chiến dịch.',
  siteNotManaged: 'Bạn chỉ nhập được chiến dịch cho trang mình quản lý.',
  siteUnknown: 'Không tìm thấy trang đã chọn.',
  inputMissing: 'Hãy dán nội dung thông báo hoặc chọn tệp .docx hay .txt.',
  textTooLong:
    'Nội dung quá dài ({size} ký tự) để là một thông báo; tối đa {max} ký tự. Hãy chỉ dán phần thông báo.',
  nothingRead:
    'Không nhận ra thông báo chiến dịch nào trong nội dung này: không tìm thấy chủ đề, thời gian, thông điệp hay hoạt động.',
  fieldsMissing: 'Chưa thể tạo bản nháp: hãy điền {fields}.',
  created: 'Đã tạo bản nháp từ thông báo. Chưa có gì được xuất bản.',
} as const

const en: Record<keyof typeof vi, string> = {
  siteRequired: 'Choose the site that will show the campaign.',
  siteNotManaged: 'You can only import a campaign for a site you manage.',
  siteUnknown: 'The chosen site was not found.',
  inputMissing: 'Paste the announcement’s text or choose a .docx or .txt file.',
  textTooLong:
    'The text is too long ({size} characters) to be an announcement; at most {max}. Paste only the announcement.',
  nothingRead:
    'No campaign announcement was recognised in this text: no theme, dates, messages or activities were found.',
  fieldsMissing: 'The draft cannot be created yet: fill in {fields}.',
  created: 'A draft was created from the announcement. Nothing was published.',
}

/** The names of the fields a draft needs, as the editor sees them. */
const FIELD_NAMES = {
  vi: {
    title: 'tiêu đề',
    seriesName: 'tên chiến dịch thường niên',
    year: 'năm',
    theme: 'chủ đề',
    campaignWindow: 'thời gian diễn ra',
  },
  en: {
    title: 'the title',
    seriesName: 'the series name',
    year: 'the year',
    theme: 'the theme',
    campaignWindow: 'the campaign window',
  },
} as const

export type ImportMessageKey = keyof typeof vi
export type RequiredField = keyof (typeof FIELD_NAMES)['vi']

export const importMessage = (
  req: Pick<PayloadRequest, 'i18n'>,
  key: ImportMessageKey,
  vars: Record<string, string | number> = {},
): string => {
  const template = (messageLanguage(req) === 'en' ? en : vi)[key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
}

export const fieldNames = (req: Pick<PayloadRequest, 'i18n'>, fields: readonly string[]) => {
  const names: Record<string, string> = FIELD_NAMES[messageLanguage(req)]
  return fields.map((field) => (Object.hasOwn(names, field) ? names[field] : field)).join(', ')
}
