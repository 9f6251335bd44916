'use client'
// The code a webmaster pastes into the site's portal, filled in with this site's slug and this
// CMS's address (embedCode.ts), each part with its copy button: the HTML where the banner goes and
// the CSS rule, pasted once into the portal's stylesheet, that keeps the banner's space while its
// script loads. Webmasters should not have to assemble it by hand.
import { Button, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { embedHtml, reservationCss } from './embedCode'

const text = {
  vi: {
    label: 'Mã nhúng banner',
    htmlLabel: 'HTML: dán vào nơi banner cần hiện',
    cssLabel: 'CSS: dán một lần vào tệp CSS của cổng thông tin',
    help: 'Gửi hai đoạn mã này cho quản trị cổng thông tin. Đường liên kết trong mã HTML là nội dung dự phòng khi banner không tải được. Quy tắc CSS giữ sẵn chỗ cho banner trong lúc tải, để nội dung trang không bị xô đẩy.',
    noLink:
      'Chưa có địa chỉ cổng thông tin: hãy điền ô “Địa chỉ cổng thông tin” để mã HTML có đường liên kết dự phòng.',
    copyHtml: 'Sao chép HTML',
    copyCss: 'Sao chép CSS',
    copied: 'Đã sao chép',
    fallback: 'Tháng hành động vì bình đẳng giới',
  },
  en: {
    label: 'Banner embed code',
    htmlLabel: 'HTML: paste where the banner should appear',
    cssLabel: 'CSS: paste once into the portal’s stylesheet',
    help: 'Send both to the portal’s webmaster. The link in the HTML is what shows if the banner cannot load. The CSS rule keeps the banner’s space while it loads, so nothing on the page moves.',
    noLink:
      'No portal URL yet: fill in “Portal URL” to give the HTML a fallback link to the portal.',
    copyHtml: 'Copy HTML',
    copyCss: 'Copy CSS',
    copied: 'Copied',
    fallback: 'Month of Action for Gender Equality',
  },
}

const codeStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0.5rem 0' } as const
const figureStyle = { margin: '1rem 0 0' }

export const EmbedSnippet = () => {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const portalUrl = useFormFields(([fields]) => fields.portalUrl?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [copied, setCopied] = useState<'html' | 'css' | null>(null)
  const t = i18n.language === 'en' ? text.en : text.vi
  if (typeof slug !== 'string' || slug === '') return null
  const link = typeof portalUrl === 'string' && portalUrl !== '' ? portalUrl : undefined
  const parts = {
    html: embedHtml({
      site: slug,
      origin: config.serverURL || window.location.origin,
      link,
      label: t.fallback,
    }),
    css: reservationCss(),
  }
  const copy = async (part: keyof typeof parts) => {
    await navigator.clipboard.writeText(parts[part])
    setCopied(part)
  }
  return (
    <div className="field-type">
      <span className="field-label">{t.label}</span>
      <p className="field-description">
        {t.help}
        {link ? null : ' ' + t.noLink}
      </p>
      <figure style={figureStyle}>
        <figcaption className="field-label">{t.htmlLabel}</figcaption>
        <pre style={codeStyle}>{parts.html}</pre>
        <Button buttonStyle="secondary" size="small" onClick={() => void copy('html')}>
          {copied === 'html' ? t.copied : t.copyHtml}
        </Button>
      </figure>
      <figure style={figureStyle}>
        <figcaption className="field-label">{t.cssLabel}</figcaption>
        {/* a code block like the HTML's; not a second <pre>, which tests read as "the snippet" */}
        <code style={{ ...codeStyle, display: 'block' }}>{parts.css}</code>
        <Button buttonStyle="secondary" size="small" onClick={() => void copy('css')}>
          {copied === 'css' ? t.copied : t.copyCss}
        </Button>
      </figure>
    </div>
  )
}
