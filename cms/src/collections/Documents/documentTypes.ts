// Kinds of official documents (Nghị định 30/2020/NĐ-CP lists them). Stored as ASCII keys so they
// are valid GraphQL enum names; shown by their Vietnamese or English name.

export const DOCUMENT_TYPES = [
  { value: 'cong-van', vi: 'Công văn', en: 'Official letter' },
  { value: 'ke-hoach', vi: 'Kế hoạch', en: 'Plan' },
  { value: 'quyet-dinh', vi: 'Quyết định', en: 'Decision' },
  { value: 'thong-bao', vi: 'Thông báo', en: 'Notice' },
  { value: 'chi-thi', vi: 'Chỉ thị', en: 'Directive' },
  { value: 'huong-dan', vi: 'Hướng dẫn', en: 'Guidance' },
  { value: 'nghi-quyet', vi: 'Nghị quyết', en: 'Resolution' },
  { value: 'nghi-dinh', vi: 'Nghị định', en: 'Decree' },
  { value: 'thong-tu', vi: 'Thông tư', en: 'Circular' },
  { value: 'luat', vi: 'Luật', en: 'Law' },
  { value: 'bao-cao', vi: 'Báo cáo', en: 'Report' },
  { value: 'to-trinh', vi: 'Tờ trình', en: 'Submission' },
  { value: 'khac', vi: 'Khác', en: 'Other' },
] as const

export type DocumentTypeKey = (typeof DOCUMENT_TYPES)[number]['value']

/** The key for a type written out in Vietnamese, as fixtures and real pages give it. */
export const documentTypeKey = (name: string): DocumentTypeKey =>
  DOCUMENT_TYPES.find((type) => type.vi === name.trim() || type.value === name)?.value ?? 'khac'

export const documentTypeName = (key: string, locale: 'vi' | 'en'): string =>
  DOCUMENT_TYPES.find((type) => type.value === key)?.[locale] ?? key
