// The editor's sentence about what "Xuất bản" would change, vi first.
import type { Language, PendingChange } from './pendingChanges'

export interface PendingChangesAnswer {
  /** Whether any version was ever published; if not, publishing releases everything. */
  hasPublished: boolean
  changes: PendingChange[]
}

const TEXT = {
  vi: {
    heading: 'Sẽ thay đổi khi xuất bản',
    never: 'Chưa từng xuất bản: xuất bản sẽ đưa toàn bộ nội dung lên cổng thông tin.',
    none: 'Không có thay đổi nào chờ xuất bản.',
  },
  en: {
    heading: 'Will change when published',
    never: 'Never published: publishing puts all of it on the portals.',
    none: 'No changes waiting to be published.',
  },
} as const

export const pendingChangesHeading = (language: Language): string => TEXT[language].heading

/** "Chủ đề (Tiếng Việt)", or "Thông điệp" when a field changed as a whole. */
export const changeName = (change: PendingChange, localeLabels: Record<string, string>): string =>
  change.locales.length === 0
    ? change.label
    : `${change.label} (${change.locales.map((code) => localeLabels[code] ?? code).join(', ')})`

/** 'Sẽ thay đổi khi xuất bản: Chủ đề (Tiếng Việt), Thông điệp', or why there is no list. */
export const pendingChangesText = (
  answer: PendingChangesAnswer,
  language: Language,
  localeLabels: Record<string, string>,
): string => {
  const text = TEXT[language]
  if (!answer.hasPublished) return text.never
  if (answer.changes.length === 0) return text.none
  return `${text.heading}: ${answer.changes.map((change) => changeName(change, localeLabels)).join(', ')}`
}
