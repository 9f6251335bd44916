'use client'
// The sidebar's "Hiển thị" line: after every save, where and when the published version shows
// (GET /api/campaigns/:id/visibility judges it as the public API does). Without it a publish of
// an edition whose window has passed says "Cập nhật thành công." while no portal shows it.
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Visibility } from '../collections/Campaigns/visibility/whereShown'
import { visibilityText } from '../collections/Campaigns/visibility/visibilityText'

const LABEL = { vi: 'Hiển thị trên cổng thông tin', en: 'Shown on portals' }

export const CampaignVisibility = () => {
  const { id, lastUpdateTime, hasPublishedDoc } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'vi'
  const [visibility, setVisibility] = useState<Visibility | null>(null)
  const url =
    id === undefined || id === null
      ? null
      : `${config.serverURL}${config.routes.api}/campaigns/${encodeURIComponent(String(id))}/visibility`

  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Visibility>) : null))
      .then(setVisibility)
      .catch(() => {
        // aborted by the next save, or offline: the line waits for the next answer
      })
    return () => controller.abort()
  }, [url, lastUpdateTime, hasPublishedDoc])

  if (!url || !visibility) return null
  return (
    <div className="field-type campaign-visibility" role="status" aria-live="polite">
      <span className="field-label">{LABEL[locale]}</span>
      {visibilityText(visibility, locale).map((line) => (
        <p key={line} className="campaign-visibility__line">
          {line}
        </p>
      ))}
    </div>
  )
}
