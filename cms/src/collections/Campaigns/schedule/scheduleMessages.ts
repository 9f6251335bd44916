// What "Hẹn giờ xuất bản" answers an editor, in their admin language (Vietnamese first).
import type { PayloadRequest } from 'payload'

import { messageLanguage } from '../../../i18n/messages'

const vi = {
  timeFormat: 'Nhập thời điểm dạng ngày/tháng/năm giờ:phút, ví dụ 31/12/2026 23:30.',
  timeInPast:
    'Thời điểm {at} đã qua (bây giờ là {now} theo giờ của trang, {zone}). Hãy chọn một thời điểm sau bây giờ.',
  notScheduled: 'Không tìm thấy lịch xuất bản này (có thể đã chạy hoặc đã hủy).',
  scheduled: 'Đã hẹn giờ xuất bản lúc {at}.',
  cancelled: 'Đã hủy lịch xuất bản.',
} as const

const en: Record<keyof typeof vi, string> = {
  timeFormat: 'Enter the time as day/month/year hours:minutes, e.g. 31/12/2026 23:30.',
  timeInPast:
    '{at} has passed (it is {now} in the site’s time zone, {zone}). Choose a time after now.',
  notScheduled: 'This scheduled publication was not found (it may have run or been cancelled).',
  scheduled: 'Publication scheduled for {at}.',
  cancelled: 'Scheduled publication cancelled.',
}

export const scheduleMessage = (
  req: Pick<PayloadRequest, 'i18n'>,
  key: keyof typeof vi,
  vars: Record<string, string> = {},
): string =>
  ({ vi, en })[messageLanguage(req)][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  )
