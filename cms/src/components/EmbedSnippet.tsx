'use client'
// The snippet a webmaster pastes into the site's portal, filled in with this site's slug and
// this CMS's address, with a copy button: webmasters should not have to assemble it by hand.
import { Button, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const text = {
  vi: {
    label: 'Mã nhúng banner',
    help: 'Gửi mã này cho quản trị cổng thông tin: dán vào nơi banner cần hiện. Đường liên kết bên trong là nội dung dự phòng khi banner không tải được.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    fallback: 'Tháng hành động vì bình đẳng giới',
  },
  en: {
    label: 'Banner embed code',
    help: 'Send this to the portal’s webmaster: paste it where the banner should appear. The link inside is what shows if the banner cannot load.',
    copy: 'Copy',
    copied: 'Copied',
    fallback: 'Month of Action for Gender Equality',
  },
}

export const EmbedSnippet = () => {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const portalUrl = useFormFields(([fields]) => fields.portalUrl?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [isCopied, setIsCopied] = useState(false)
  const t = i18n.language === 'en' ? text.en : text.vi
  if (typeof slug !== 'string' || slug === '') return null
  const origin = config.serverURL || window.location.origin
  const link = typeof portalUrl === 'string' && portalUrl !== '' ? portalUrl : '#'
  const snippet = [
    `<campaign-banner site="${slug}" variant="bar">`,
    `  <a href="${link}">${t.fallback}</a>`,
    '</campaign-banner>',
    `<script type="module" src="${origin}/widget/v1/campaign-banner.js" async></script>`,
  ].join('\n')
  const copy = async () => {
    await navigator.clipboard.writeText(snippet)
    setIsCopied(true)
  }
  return (
    <div className="field-type">
      <span className="field-label">{t.label}</span>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{snippet}</pre>
      <p className="field-description">{t.help}</p>
      <Button buttonStyle="secondary" size="small" onClick={() => void copy()}>
        {isCopied ? t.copied : t.copy}
      </Button>
    </div>
  )
}
