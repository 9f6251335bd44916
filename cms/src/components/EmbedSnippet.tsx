'use client'
// The code a webmaster pastes into the site's portal, filled in with this site's slug, default
// language and this CMS's address (embedCode.ts), each part with its copy button: the HTML where
// the banner goes, the same HTML pinned to the current build with its SRI hash, and the CSS rule,
// pasted once into the portal's stylesheet, that keeps the banner's space while its script loads.
// Webmasters should not have to assemble it by hand. While the slug cannot be one, it says why and
// offers the slug its name makes, rather than a snippet that would not work.
import { Button, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { isLocale } from '@campaign/shared/routes'
import { WIDGET_PREFIX } from '@campaign/shared/routes'
import { useEffect, useState } from 'react'

import { SLUG_PATTERN, slugify } from '../fields/slugify'
import type { PinnedBuild } from './embedCode'
import { embedHtml, reservationCss } from './embedCode'

const text = {
  vi: {
    label: 'Mã nhúng banner',
    htmlLabel: 'HTML: dán vào nơi banner cần hiện',
    pinnedLabel: 'HTML, bản cố định có mã kiểm tra (SRI)',
    pinnedHelp:
      'Dùng thay cho mã trên khi cổng thông tin yêu cầu thuộc tính integrity. Bản này không tự cập nhật: sau mỗi lần nâng cấp CMS, hãy sao chép lại.',
    cssLabel: 'CSS: dán một lần vào tệp CSS của cổng thông tin',
    help: 'Gửi các đoạn mã này cho quản trị cổng thông tin. Đường liên kết trong mã HTML là nội dung dự phòng khi banner không tải được. Quy tắc CSS giữ sẵn chỗ cho banner trong lúc tải, để nội dung trang không bị xô đẩy.',
    noLink:
      'Chưa có địa chỉ cổng thông tin: đường liên kết dự phòng dẫn tới trang lưu trữ chiến dịch của trang này trên CMS. Điền ô “Địa chỉ cổng thông tin” để dẫn về cổng.',
    badSlug: (slug: string) =>
      `Mã trang “${slug}” chưa dùng được: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`,
    useSlug: (slug: string) => `Dùng “${slug}”`,
    copyHtml: 'Sao chép HTML',
    copyCss: 'Sao chép CSS',
    copied: 'Đã sao chép',
  },
  en: {
    label: 'Banner embed code',
    htmlLabel: 'HTML: paste where the banner should appear',
    pinnedLabel: 'HTML, pinned build with Subresource Integrity (SRI)',
    pinnedHelp:
      'Use it instead of the code above where the portal requires an integrity attribute. It does not update itself: copy it again after each CMS upgrade.',
    cssLabel: 'CSS: paste once into the portal’s stylesheet',
    help: 'Send these to the portal’s webmaster. The link in the HTML is what shows if the banner cannot load. The CSS rule keeps the banner’s space while it loads, so nothing on the page moves.',
    noLink:
      'No portal URL yet: the fallback link goes to this site’s campaign archive page on the CMS. Fill in “Portal URL” to link to the portal.',
    badSlug: (slug: string) =>
      `The slug “${slug}” cannot be used: lower-case letters without accents, digits and hyphens only.`,
    useSlug: (slug: string) => `Use “${slug}”`,
    copyHtml: 'Copy HTML',
    copyCss: 'Copy CSS',
    copied: 'Copied',
  },
}

const codeStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0.5rem 0' } as const
const figureStyle = { margin: '1rem 0 0' }

/** The current module build's hashed file and SRI hash, from the manifest the CMS serves. */
const usePinnedBuild = (origin: string): PinnedBuild | undefined => {
  const [pinned, setPinned] = useState<PinnedBuild>()
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${origin}${WIDGET_PREFIX}manifest.json`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((manifest: { files?: Record<string, PinnedBuild> } | undefined) => {
        const entry = manifest?.files?.['campaign-banner.js']
        if (entry?.hashed && entry.integrity) setPinned(entry)
      })
      .catch(() => {}) // no pinned variant then: the stable file still works
    return () => controller.abort()
  }, [origin])
  return pinned
}

export const EmbedSnippet = () => {
  const { value: slug, setValue: setSlug } = useField<string>({ path: 'slug' })
  const name = useFormFields(([fields]) => fields.name?.value)
  const portalUrl = useFormFields(([fields]) => fields.portalUrl?.value)
  const defaultLocale = useFormFields(([fields]) => fields.defaultLocale?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const origin = config.serverURL || window.location.origin
  const pinned = usePinnedBuild(origin)
  const [copied, setCopied] = useState<string | null>(null)
  const t = i18n.language === 'en' ? text.en : text.vi
  if (typeof slug !== 'string' || slug === '') return null
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = slugify(slug) || (typeof name === 'string' ? slugify(name) : '')
    return (
      <div className="field-type">
        <span className="field-label">{t.label}</span>
        <p className="field-description" role="status">
          {t.badSlug(slug)}
        </p>
        {suggestion ? (
          <Button buttonStyle="secondary" size="small" onClick={() => setSlug(suggestion)}>
            {t.useSlug(suggestion)}
          </Button>
        ) : null}
      </div>
    )
  }
  const link = typeof portalUrl === 'string' && portalUrl !== '' ? portalUrl : undefined
  const snippet = {
    site: slug,
    origin,
    link,
    locale: isLocale(defaultLocale) ? defaultLocale : 'vi',
  }
  const parts = [
    { key: 'html', label: t.htmlLabel, help: null, code: embedHtml(snippet), copy: t.copyHtml },
    ...(pinned
      ? [
          {
            key: 'pinned',
            label: t.pinnedLabel,
            help: t.pinnedHelp,
            code: embedHtml({ ...snippet, pinned }),
            copy: t.copyHtml,
          },
        ]
      : []),
  ]
  const copy = async (key: string, code: string) => {
    await navigator.clipboard.writeText(code)
    setCopied(key)
  }
  const css = reservationCss()
  return (
    <div className="field-type">
      <span className="field-label">{t.label}</span>
      <p className="field-description">
        {t.help}
        {link ? null : ' ' + t.noLink}
      </p>
      {parts.map((part) => (
        <figure key={part.key} style={figureStyle}>
          <figcaption className="field-label">{part.label}</figcaption>
          {part.help ? <p className="field-description">{part.help}</p> : null}
          <pre style={codeStyle}>{part.code}</pre>
          <Button
            buttonStyle="secondary"
            size="small"
            onClick={() => void copy(part.key, part.code)}
          >
            {copied === part.key ? t.copied : part.copy}
          </Button>
        </figure>
      ))}
      <figure style={figureStyle}>
        <figcaption className="field-label">{t.cssLabel}</figcaption>
        {/* a code block like the HTML's; not a <pre>, which tests read as "the snippet" */}
        <code style={{ ...codeStyle, display: 'block' }}>{css}</code>
        <Button buttonStyle="secondary" size="small" onClick={() => void copy('css', css)}>
          {copied === 'css' ? t.copied : t.copyCss}
        </Button>
      </figure>
    </div>
  )
}
