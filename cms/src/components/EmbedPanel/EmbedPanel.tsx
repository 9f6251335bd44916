'use client'
// The site's "Embed" panel: the three ways to put the banner on a portal (script, image link
// without JavaScript, iframe), each with when to use it, a live preview and its code with a copy
// button, then the line the portal's Content-Security-Policy needs. The code comes from the pure
// snippet functions in src/embed/ (the e2e pastes exactly what this panel shows); this component
// only reads the form and displays them. While the slug cannot be one, it says why and offers the
// slug its name makes, rather than code that would not work.
import type { Locale, Variant } from '@campaign/shared/routes'
import { isLocale } from '@campaign/shared/routes'
import {
  Button,
  useConfig,
  useDocumentInfo,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { useState } from 'react'

import { iframeSnippet, EMBED_FRAMES } from '../../embed/iframeSnippet'
import { imageSnippet } from '../../embed/imageSnippet'
import { portalCsp, TRUSTED_TYPES_POLICY } from '../../embed/portalCsp'
import { reservationCss, scriptSnippet } from '../../embed/scriptSnippet'
import { SLUG_PATTERN, slugify } from '../../fields/slugify'
import type { BannerImageVariant } from '../../public/bannerImage/sizes'
import { CopyButton } from './CopyButton'
import { previewDocument } from './previewDocument'
import { ShapeChoice } from './ShapeChoice'
import { SnippetFigure } from './SnippetFigure'
import { embedTexts } from './texts'
import { useBannerAlt } from './useBannerAlt'
import { usePinnedBuild } from './usePinnedBuild'
import { useShowsNothing } from './useShowsNothing'
import './embedPanel.scss'

const ORIGIN_PATH = /^allowedOrigins\.\d+\.origin$/

export const EmbedPanel = () => {
  const { value: slug, setValue: setSlug } = useField<string>({ path: 'slug' })
  const name = useFormFields(([fields]) => fields.name?.value)
  const portalUrl = useFormFields(([fields]) => fields.portalUrl?.value)
  const defaultLocale = useFormFields(([fields]) => fields.defaultLocale?.value)
  // One string, so the panel renders again only when an origin changes.
  const allowedOrigins = useFormFields(([fields]) =>
    Object.entries(fields)
      .filter(([path, field]) => ORIGIN_PATH.test(path) && typeof field.value === 'string')
      .map(([, field]) => String(field.value))
      .join(' '),
  )
  const { savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? embedTexts.en : embedTexts.vi
  const origin = config.serverURL || window.location.origin
  const pinned = usePinnedBuild(origin)
  const locale: Locale = isLocale(defaultLocale) ? defaultLocale : 'vi'
  const siteName = typeof name === 'string' ? name : ''
  const validSlug = typeof slug === 'string' && SLUG_PATTERN.test(slug) ? slug : ''
  const alt = useBannerAlt({ origin, site: validSlug, locale, fallback: siteName })
  const showsNothing = useShowsNothing({ origin, site: validSlug, locale })
  const [imageVariant, setImageVariant] = useState<BannerImageVariant>('bar')
  const [frameVariant, setFrameVariant] = useState<Variant>('bar')

  if (typeof slug !== 'string' || slug === '') return null
  if (!validSlug) {
    const suggestion = slugify(slug) || slugify(siteName)
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

  // Previews read the public answers, which know the site only once it is saved with this slug.
  const canPreview = savedDocumentData?.slug === slug
  const preview = (snippet: string, css?: string) =>
    canPreview ? previewDocument({ snippet, css, lang: locale }) : null
  const link = typeof portalUrl === 'string' && portalUrl !== '' ? portalUrl : undefined
  const site = { site: slug, origin, locale }
  const script = scriptSnippet({ ...site, link })
  const css = reservationCss()
  const image = imageSnippet({ ...site, variant: imageVariant, alt })
  const frame = iframeSnippet({ ...site, siteName, variant: frameVariant })
  const origins = allowedOrigins === '' ? [] : allowedOrigins.split(' ')
  const csp = portalCsp({ origin, allowedOrigins: origins })

  return (
    <div className="field-type embed-panel">
      <h2 className="embed-panel__label">{t.label}</h2>
      <p className="field-description">{t.intro}</p>
      {canPreview && showsNothing ? (
        <p className="embed-panel__warning" role="note">
          {t.showsNothing}
        </p>
      ) : null}
      {origins.length === 0 ? (
        <p className="embed-panel__warning" role="note">
          {t.csp.noOrigins}
        </p>
      ) : null}

      <SnippetFigure
        id="embed-script"
        title={t.script.title}
        when={t.script.when}
        code={script}
        preview={preview(script, css)}
        t={t}
      >
        {link ? null : <p className="field-description">{t.noLink}</p>}
        {pinned ? (
          <div className="embed-panel__part">
            <span className="field-label">{t.script.pinnedLabel}</span>
            <p className="field-description">{t.script.pinnedHelp}</p>
            <pre>{scriptSnippet({ ...site, link, pinned })}</pre>
            <CopyButton
              code={scriptSnippet({ ...site, link, pinned })}
              label={t.copy}
              copiedLabel={t.copied}
            />
          </div>
        ) : null}
        <div className="embed-panel__part">
          <span className="field-label">{t.script.cssLabel}</span>
          <p className="field-description">{t.script.cssHelp}</p>
          {/* a code block like the HTML's; not a <pre>, which tests read as "the snippet" */}
          <code className="embed-panel__block">{css}</code>
          <CopyButton code={css} label={t.copy} copiedLabel={t.copied} />
        </div>
      </SnippetFigure>

      <SnippetFigure
        id="embed-image"
        title={t.image.title}
        when={t.image.when}
        code={image}
        preview={preview(image)}
        t={t}
        choice={
          <ShapeChoice
            name="embed-image-variant"
            legend={t.shape}
            labels={t.image.variants}
            value={imageVariant}
            onChange={setImageVariant}
          />
        }
      />

      <SnippetFigure
        id="embed-iframe"
        title={t.iframe.title}
        when={t.iframe.when}
        code={frame}
        preview={preview(frame)}
        t={t}
        choice={
          <ShapeChoice
            name="embed-iframe-variant"
            legend={t.shape}
            labels={t.iframe.variants}
            value={frameVariant}
            onChange={setFrameVariant}
          />
        }
      >
        <p className="field-description">{t.iframe.heights(EMBED_FRAMES[frameVariant].heights)}</p>
      </SnippetFigure>

      <section className="embed-panel__snippet" aria-labelledby="embed-csp-title">
        <h3 id="embed-csp-title" className="embed-panel__title">
          {t.csp.title}
        </h3>
        <p className="embed-panel__when">{t.csp.when}</p>
        <code className="embed-panel__block">{csp}</code>
        <CopyButton code={csp} label={t.copy} copiedLabel={t.copied} />
        <p className="field-description">{t.csp.trustedTypes(TRUSTED_TYPES_POLICY)}</p>
      </section>
    </div>
  )
}
