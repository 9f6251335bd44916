'use client'
// Warns, without blocking the save, when a document number does not follow the decree's pattern:
// real documents carry imperfect numbers and editors must be able to record them as printed.
import { useFormFields, useTranslation } from '@payloadcms/ui'

import {
  followsNumberPattern,
  normalizeDocumentNumber,
} from '../collections/Documents/documentNumber'

const hint = {
  vi: 'Số hiệu này không theo mẫu "số/ký hiệu" hoặc "số/năm/ký hiệu" (Nghị định 30/2020/NĐ-CP). Hãy kiểm tra lại; nếu văn bản gốc ghi như vậy, vẫn có thể lưu.',
  en: 'This number does not follow the "number/SYMBOL" or "number/year/SYMBOL" pattern (Decree 30/2020/NĐ-CP). Check it; if the original reads like this, you can still save.',
}

export const DocumentNumberHint = () => {
  const value = useFormFields(([fields]) => fields.number?.value)
  const { i18n } = useTranslation()
  if (typeof value !== 'string' || value.trim() === '') return null
  if (followsNumberPattern(normalizeDocumentNumber(value))) return null
  return (
    <p role="status" style={{ color: 'var(--theme-warning-700)', marginTop: '0.5rem' }}>
      {i18n.language === 'en' ? hint.en : hint.vi}
    </p>
  )
}
