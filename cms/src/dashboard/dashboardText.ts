// The dashboard's sentences, vi first: dates as dd/MM/yyyy and times on the 24-hour clock in the
// site's zone, as a Vietnamese office writes them.
import { formatDate, formatPhase } from '@campaign/shared/format'
import type { Locale } from '@campaign/shared/routes'
import type { PhaseInfo } from '@campaign/shared/schedule'

import type { Reminder } from './seriesReminders'
import type { Counts } from '../reach/campaignFigures'

/** '25/11/2025 08:00' in `timeZone`. */
export const formatInstant = (iso: string, timeZone: string): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

export const DASHBOARD_TEXT = {
  vi: {
    heading: 'Các trang của bạn',
    now: 'Banner lúc này',
    nothing: 'Không có chiến dịch nào đang hiển thị.',
    showing: (title: string, phase: PhaseInfo) => `${title} · ${formatPhase(phase, 'vi')}`,
    reach: ({ displays, clicks, botDisplays }: Counts) =>
      `Đến nay: ${displays.toLocaleString('vi')} lượt hiển thị, ${clicks.toLocaleString('vi')} lượt bấm “Xem chi tiết” (bot tính riêng: ${botDisplays.toLocaleString('vi')}).`,
    next: 'Sắp tới',
    scheduled: (title: string, at: string) => `Xuất bản “${title}” lúc ${at}`,
    noneScheduled: 'Chưa hẹn giờ xuất bản kỳ nào.',
    drafts: 'Bản nháp chờ xuất bản',
    noDrafts: 'Không có bản nháp nào.',
    open: 'Mở',
    reminder: ({ seriesName, year, daysUntil, start }: Reminder) =>
      daysUntil > 0
        ? `${seriesName} ${year} bắt đầu sau ${daysUntil} ngày — chưa có bản nháp`
        : `${seriesName} ${year} đã bắt đầu từ ${formatDate(start, 'vi')} — chưa có bản nháp`,
    createNext: (year: number) => `Tạo kỳ ${year}`,
    zone: (zone: string) => `Giờ theo múi giờ của trang (${zone}).`,
  },
  en: {
    heading: 'Your sites',
    now: 'The banner now',
    nothing: 'No campaign is shown.',
    showing: (title: string, phase: PhaseInfo) => `${title} · ${formatPhase(phase, 'en')}`,
    reach: ({ displays, clicks, botDisplays }: Counts) =>
      `So far: ${displays.toLocaleString('en')} displays, ${clicks.toLocaleString('en')} "Read more" clicks (bots apart: ${botDisplays.toLocaleString('en')}).`,
    next: 'Coming up',
    scheduled: (title: string, at: string) => `“${title}” is published at ${at}`,
    noneScheduled: 'No publication is scheduled.',
    drafts: 'Drafts awaiting publication',
    noDrafts: 'No drafts.',
    open: 'Open',
    reminder: ({ seriesName, year, daysUntil, start }: Reminder) =>
      daysUntil > 0
        ? `${seriesName} ${year} starts in ${daysUntil} days — no draft yet`
        : `${seriesName} ${year} started on ${formatDate(start, 'en')} — no draft yet`,
    createNext: (year: number) => `Create the ${year} edition`,
    zone: (zone: string) => `Times in the site’s zone (${zone}).`,
  },
} satisfies Record<Locale, unknown>
