// The widget's own words, vi and en. A private table rather than @lit/localize: that library's
// runtime is a page-wide singleton that throws when a second copy configures it. Dates, the phase
// line and file sizes come from @campaign/shared/format.
import type { Locale } from '@campaign/shared/contract'

export interface Strings {
  dismiss: string
  pause: string
  play: string
  more: string
  attachments: string
}

export const STRINGS: Record<Locale, Strings> = {
  vi: {
    dismiss: 'Ẩn thông báo chiến dịch',
    pause: 'Tạm dừng',
    play: 'Tiếp tục',
    more: 'Xem chi tiết',
    attachments: 'Tệp đính kèm',
  },
  en: {
    dismiss: 'Dismiss campaign banner',
    pause: 'Pause',
    play: 'Play',
    more: 'Read more',
    attachments: 'Attachments',
  },
}

/** 'en', 'en-GB' → 'en'; anything else, or nothing, → 'vi' (the portals' own language). */
export function localeOf(lang: string | null | undefined): Locale {
  return /^en\b/i.test(lang ?? '') ? 'en' : 'vi'
}
