'use client'
// The sidebar's "Sẽ thay đổi khi xuất bản": autosave keeps every keystroke as a draft and
// "Xuất bản" releases all of it, so the editor sees which fields (and in which content language)
// the next publish changes. The server compares (GET /api/campaigns/:id/pending-changes).
import { useTranslation } from '@payloadcms/ui'

import {
  changeName,
  pendingChangesHeading,
  pendingChangesText,
} from '../../collections/Campaigns/pendingChanges/pendingChangesText'
import { contentLocaleLabels } from '../../i18n/adminTranslations'
import { usePendingChanges } from './usePendingChanges'

export const PendingChanges = () => {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const answer = usePendingChanges()
  if (!answer) return null
  const heading = pendingChangesHeading(language)
  return (
    <div className="field-type pending-changes" role="status" aria-live="polite">
      <span className="field-label">{heading}</span>
      {answer.hasPublished && answer.changes.length > 0 ? (
        <ul aria-label={heading}>
          {answer.changes.map((change) => (
            <li key={change.path}>{changeName(change, contentLocaleLabels)}</li>
          ))}
        </ul>
      ) : (
        <p>{pendingChangesText(answer, language, contentLocaleLabels)}</p>
      )}
    </div>
  )
}
