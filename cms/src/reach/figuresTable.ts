// The figures as one table of cells, in the editor's language: what the CSV and the .xlsx hold,
// in the order the Số liệu tab shows them, ready to paste into a report.
import type { CampaignFigures, Counts } from './campaignFigures'
import type { ReachKind } from './reachKinds'

export type Cell = string | number
export type Table = Cell[][]
export type FiguresLanguage = 'vi' | 'en'

export const FIGURES_TEXT = {
  vi: {
    day: 'Ngày',
    displays: 'Lượt hiển thị',
    clicks: 'Lượt bấm "Xem chi tiết"',
    botDisplays: 'Hiển thị cho bot',
    botClicks: 'Lượt bấm của bot',
    total: 'Tổng',
    site: 'Trang',
    kind: 'Loại mã nhúng',
    kinds: { script: 'Mã nhúng script', image: 'Ảnh banner', iframe: 'Khung iframe' },
    note: 'Số liệu ước tính: lần trình duyệt dùng lại bản đã lưu không được đếm; bot và công cụ tự động tính riêng. Không thu thập địa chỉ IP, cookie hay thông tin trình duyệt.',
  },
  en: {
    day: 'Day',
    displays: 'Displays',
    clicks: '"Read more" clicks',
    botDisplays: 'Displays to bots',
    botClicks: 'Bot clicks',
    total: 'Total',
    site: 'Site',
    kind: 'Snippet',
    kinds: { script: 'Script snippet', image: 'Banner image', iframe: 'Iframe' },
    note: 'Estimates: repeats a browser serves from its own cache are not seen; bots and automated tools are counted apart. No IP address, cookie or browser detail is collected.',
  },
} as const satisfies Record<
  FiguresLanguage,
  { kinds: Record<ReachKind, string> } & Record<string, unknown>
>

/** 2025-11-15 → 15/11/2025 in Vietnamese; ISO in English. */
export const dayLabel = (day: string, language: FiguresLanguage): string =>
  language === 'vi' ? day.split('-').reverse().join('/') : day

const counts = (c: Counts): number[] => [c.displays, c.clicks, c.botDisplays, c.botClicks]

export const figuresTable = (figures: CampaignFigures, language: FiguresLanguage): Table => {
  const t = FIGURES_TEXT[language]
  const heads = [t.displays, t.clicks, t.botDisplays, t.botClicks]
  return [
    [figures.title],
    [],
    [t.day, ...heads],
    ...figures.days.map((day) => [dayLabel(day.day, language), ...counts(day)]),
    [t.total, ...counts(figures.total)],
    [],
    [t.site, t.kind, ...heads],
    ...figures.bySiteAndKind.map((row) => [row.site, t.kinds[row.kind], ...counts(row)]),
    [],
    [t.note],
  ]
}
