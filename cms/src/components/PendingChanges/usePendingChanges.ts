'use client'
// The pending-changes answer for the open campaign, asked again after every save (autosave
// included: the form's updatedAt moves) and every publish.
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PendingChangesAnswer } from '../../collections/Campaigns/pendingChanges/pendingChangesText'

/** `isActive` false asks nothing (a closed dialog need not follow every autosave). */
export const usePendingChanges = (isActive = true): PendingChangesAnswer | null => {
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { config } = useConfig()
  const savedAt = useFormFields(([fields]) => fields.updatedAt?.value)
  const [answer, setAnswer] = useState<PendingChangesAnswer | null>(null)
  const url =
    id === undefined || id === null || collectionSlug !== 'campaigns'
      ? null
      : `${config.serverURL}${config.routes.api}/campaigns/${encodeURIComponent(String(id))}/pending-changes`

  useEffect(() => {
    if (!url || !isActive) return
    const controller = new AbortController()
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<PendingChangesAnswer>) : null))
      .then(setAnswer)
      .catch(() => {
        // aborted by the next save, or offline: the list waits for the next answer
      })
    return () => controller.abort()
  }, [url, isActive, savedAt, hasPublishedDoc, unpublishedVersionCount])

  return answer
}
