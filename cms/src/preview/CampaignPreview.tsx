'use client'
// The Live Preview pane's content: the real <campaign-banner> build (bar and card) fed the
// editor's unsaved form, mapped as the public API maps a saved edition, at a day the editor picks.
// Payload's useLivePreview receives the form from the admin and populates its relations.
import type { Locale } from '@campaign/shared/contract'
import { useLivePreview } from '@payloadcms/live-preview-react'
import { useEffect, useMemo, useState } from 'react'

import type { Campaign } from '../payload-types'
import type { SiteFacts } from '../public/currentResponse'
import { fromWallClockValue, previewDays, wallClockValue } from './previewDays'
import { inlineApi, previewedAnswer } from './previewedAnswer'
import { previewStatus } from './previewStatus'
import { languageName, PREVIEW_TEXTS } from './previewTexts'

export interface CampaignPreviewProps {
  initialDoc: Campaign
  site: SiteFacts
  locale: Locale
  language: Locale
  publicUrl: string
  /** The server's clock when the page was made: the first previewed instant. */
  initialAt: string
}

// The banner remembers each answer in localStorage under its `api`: here a new data: URL per
// keystroke, on the admin's own origin. The pane forgets them as it goes.
const INLINE_CACHE_PREFIX = 'campaign-banner:data:'

const forgetInlineCopies = (): void => {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i)
      if (key?.startsWith(INLINE_CACHE_PREFIX)) localStorage.removeItem(key)
    }
  } catch {
    // storage disabled: nothing was written either
  }
}

export const CampaignPreview = ({
  initialDoc,
  site,
  locale,
  language,
  publicUrl,
  initialAt,
}: CampaignPreviewProps) => {
  const texts = PREVIEW_TEXTS[language]
  // Payload posts the form from the admin, whose address is the CMS's public one.
  const { data } = useLivePreview<Campaign>({
    initialData: initialDoc,
    serverURL: new URL(publicUrl).origin,
    depth: 2,
  })
  const [at, setAt] = useState(() => new Date(initialAt))
  const doc = useMemo(() => ({ ...initialDoc, ...data }), [initialDoc, data])
  const answer = useMemo(
    () => previewedAnswer({ doc, site, locale, at, publicUrl }),
    [doc, site, locale, at, publicUrl],
  )
  const api = answer.response ? inlineApi(answer.response) : null
  useEffect(() => {
    forgetInlineCopies()
    return forgetInlineCopies
  }, [api])
  const windows = answer.edition
  const days = windows ? previewDays({ ...windows, timeZone: site.timeZone }) : []
  const status = previewStatus({ answer, at, locale, texts, language })
  const banner = (variant: 'bar' | 'card') =>
    api ? (
      <campaign-banner
        site={site.slug}
        api={api}
        lang={locale}
        variant={variant}
        preview
        now={at.toISOString()}
      />
    ) : null

  return (
    <main className="campaign-preview" lang={language}>
      <h1>{texts.title}</h1>
      <form className="campaign-preview__when" onSubmit={(event) => event.preventDefault()}>
        <label>
          {texts.dateLabel}{' '}
          <input
            type="datetime-local"
            name="at"
            value={wallClockValue(at, site.timeZone)}
            onChange={(event) => {
              const picked = fromWallClockValue(event.target.value, site.timeZone)
              if (picked) setAt(picked)
            }}
          />{' '}
          {texts.zoneNote(site.timeZone)}
        </label>
        <div className="campaign-preview__days">
          {days.map(({ key, at: dayAt }) => (
            <button key={key} type="button" onClick={() => setAt(dayAt)}>
              {texts.days[key]}
            </button>
          ))}
          <button type="button" onClick={() => setAt(new Date())}>
            {texts.days.today}
          </button>
        </div>
      </form>
      <p className="campaign-preview__status" role="status" data-testid="preview-status">
        {status}
      </p>
      <p className="campaign-preview__note">
        {texts.contentLanguage(languageName(locale, language))}
      </p>
      <h2>{texts.bar}</h2>
      {banner('bar')}
      <h2>{texts.card}</h2>
      <div className="campaign-preview__card">{banner('card')}</div>
    </main>
  )
}
