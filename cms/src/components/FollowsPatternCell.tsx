'use client'
// The documents list's "Số hiệu đúng mẫu" column in words, not Payload's raw `true`/`false`.
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

const words = {
  vi: { yes: 'Đúng mẫu', no: 'Chưa đúng mẫu' },
  en: { yes: 'Yes', no: 'No' },
}

export const FollowsPatternCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? words.en : words.vi
  if (typeof cellData !== 'boolean') return null
  return <span>{cellData ? text.yes : text.no}</span>
}
