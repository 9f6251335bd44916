'use client'
// "Hẹn giờ xuất bản" beside the document controls: Payload's own drawer offers 5-minute steps,
// AM/PM and English words, in the browser's zone. This one takes dd/MM/yyyy HH:mm in the site's
// zone, any minute, lists what is scheduled and cancels it. The server decides and queues
// Payload's own schedulePublish job (POST/DELETE /api/campaigns/:id/schedule).
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import { pendingChangesText } from '../../collections/Campaigns/pendingChanges/pendingChangesText'
import { formatSiteDateTime } from '../../collections/Campaigns/schedule/siteDateTime'
import { contentLocaleLabels } from '../../i18n/adminTranslations'
import { usePendingChanges } from '../PendingChanges/usePendingChanges'
import { SCHEDULE_TEXT, zoneOffset } from './scheduleText'

type Id = number | string

interface Schedule {
  timeZone: string
  scheduled: Array<{ id: Id; at: string; text: string }>
}

interface Answer extends Partial<Schedule> {
  message?: string
  errors?: Array<{ message?: string }>
}

const HOUR_MS = 3_600_000

export const SchedulePublishButton = () => {
  const { id, collectionSlug, hasPublishPermission } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const t = SCHEDULE_TEXT[language]
  const dialog = useRef<HTMLDialogElement>(null)
  const [isOpen, setIsOpen] = useState(false)
  const pending = usePendingChanges(isOpen)
  const [schedule, setSchedule] = useState<Schedule | null>(null)
  const [when, setWhen] = useState('')
  const [notice, setNotice] = useState<{ text: string; isProblem: boolean } | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  if (id === undefined || id === null || collectionSlug !== 'campaigns' || !hasPublishPermission) {
    return null
  }
  const url = `${config.serverURL}${config.routes.api}/campaigns/${encodeURIComponent(String(id))}/schedule`

  const call = async (method: 'GET' | 'POST' | 'DELETE', path = '', body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      credentials: 'include',
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    })
    const answer = (await response.json()) as Answer
    if (answer.timeZone && answer.scheduled) {
      setSchedule({ timeZone: answer.timeZone, scheduled: answer.scheduled })
    }
    return { isOk: response.ok, answer }
  }

  const open = async () => {
    setNotice(null)
    setIsOpen(true)
    dialog.current?.showModal()
    const { isOk, answer } = await call('GET')
    if (!isOk || !answer.timeZone) return setNotice({ text: t.failed, isProblem: true })
    // An hour from now, in the site's zone: a start the editor changes to the minute.
    setWhen(formatSiteDateTime(new Date(Date.now() + HOUR_MS), answer.timeZone))
  }

  const act = async (method: 'POST' | 'DELETE', path = '', body?: unknown) => {
    setIsBusy(true)
    setNotice(null)
    try {
      const { isOk, answer } = await call(method, path, body)
      const text = isOk ? answer.message : answer.errors?.[0]?.message
      setNotice({ text: text ?? t.failed, isProblem: !isOk })
    } catch {
      setNotice({ text: t.failed, isProblem: true })
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={() => void open()}>
        {t.open}
      </Button>
      <dialog
        ref={dialog}
        onClose={() => setIsOpen(false)}
        aria-labelledby="schedule-publication-title"
        className="schedule-publication"
      >
        <h2 id="schedule-publication-title">{t.title}</h2>
        <p>{t.intro}</p>
        {pending && (
          <p className="schedule-publication__pending">
            {pendingChangesText(pending, language, contentLocaleLabels)}
          </p>
        )}
        {/* No <form>: the dialog sits inside Payload's document form, which a nested submit
            (or Enter in the field) would save. */}
        <div className="schedule-publication__form">
          <label htmlFor="schedule-publication-at" className="field-label">
            {t.when}
          </label>
          <input
            id="schedule-publication-at"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="31/12/2026 23:30"
            aria-describedby="schedule-publication-zone"
            value={when}
            onChange={(event) => setWhen(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              void act('POST', '', { at: when })
            }}
          />
          {schedule && (
            <p id="schedule-publication-zone" className="schedule-publication__zone">
              {t.zone(schedule.timeZone, zoneOffset(schedule.timeZone))}
            </p>
          )}
          {notice && (
            <p
              role={notice.isProblem ? 'alert' : 'status'}
              className="schedule-publication__notice"
            >
              {notice.text}
            </p>
          )}
          <div className="schedule-publication__actions">
            <Button
              buttonStyle="primary"
              disabled={isBusy}
              onClick={() => void act('POST', '', { at: when })}
            >
              {t.schedule}
            </Button>
            <Button buttonStyle="secondary" onClick={() => dialog.current?.close()}>
              {t.close}
            </Button>
          </div>
        </div>
        <h3>{t.upcoming}</h3>
        {schedule && schedule.scheduled.length === 0 && <p>{t.none}</p>}
        {schedule && schedule.scheduled.length > 0 && (
          <ul aria-label={t.upcoming} className="schedule-publication__list">
            {schedule.scheduled.map((item) => (
              <li key={String(item.id)}>
                <span>{t.at(item.text)}</span>{' '}
                <Button
                  buttonStyle="secondary"
                  size="small"
                  disabled={isBusy}
                  onClick={() => void act('DELETE', `/${encodeURIComponent(String(item.id))}`)}
                >
                  {t.cancel}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </dialog>
    </>
  )
}
