'use client'
// "Nhập từ thông báo" beside "Tạo mới" on the campaigns list: the editor pastes an announcement
// (or picks a .docx/.txt), checks what was read beside its source, corrects the fields a draft
// needs, and only then creates the draft, which opens. The reading and the saving are the
// server's (POST /api/campaigns/import/preview, then /import); this shows and asks.
import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import type { ImportPreview } from '../../collections/Campaigns/importAnnouncement/previewAnswer'
import type { User } from '../../payload-types'
import { isoDay } from './calendarInput'
import './importAnnouncement.scss'
import type { EditableFields } from './ProposalTable'
import { editableFieldsOf, ProposalTable, UnreadParts } from './ProposalTable'
import { importTexts } from './texts'

interface SiteOption {
  id: number
  name: string
}

interface ErrorAnswer {
  errors?: Array<{ message?: string; data?: { missing?: string[] } | null }>
}

export const ImportAnnouncement = () => {
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const t = importTexts[language]
  const dialog = useRef<HTMLDialogElement>(null)
  const [sites, setSites] = useState<SiteOption[]>([])
  const [site, setSite] = useState<number | null>(null)
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [fields, setFields] = useState<EditableFields | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const api = `${config.serverURL}${config.routes.api}`

  // The editor's first site is chosen, as "Tạo mới" does.
  const firstSite = user?.sites?.[0]
  const defaultSite = typeof firstSite === 'object' ? firstSite.id : firstSite

  // The sites the editor may import for: the ones they can read are the ones they manage.
  useEffect(() => {
    if (sites.length > 0) return
    void fetch(`${api}/sites?depth=0&limit=100&sort=name`, { credentials: 'include' })
      .then((response) => response.json() as Promise<{ docs?: SiteOption[] }>)
      .then(({ docs = [] }) => {
        setSites(docs.map(({ id, name }) => ({ id, name })))
        setSite((current) => current ?? defaultSite ?? docs[0]?.id ?? null)
      })
      .catch(() => setSites([]))
  }, [api, sites.length, defaultSite])

  const open = () => {
    setProblem(null)
    dialog.current?.showModal()
  }

  const answerOf = async (response: Response): Promise<string> => {
    const body = (await response.json().catch(() => ({}))) as ErrorAnswer
    return body.errors?.[0]?.message ?? t.failed
  }

  const read = async () => {
    setIsBusy(true)
    setProblem(null)
    try {
      const request: RequestInit = file
        ? (() => {
            const form = new FormData()
            form.append('file', file)
            form.append('_payload', JSON.stringify({ site }))
            return { body: form }
          })()
        : {
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ site, text }),
          }
      const response = await fetch(`${api}/campaigns/import/preview`, {
        method: 'POST',
        credentials: 'include',
        ...request,
      })
      if (!response.ok) {
        setProblem(await answerOf(response))
        return
      }
      const proposal = (await response.json()) as ImportPreview
      setPreview(proposal)
      setFields(editableFieldsOf(proposal))
    } catch {
      setProblem(t.failed)
    } finally {
      setIsBusy(false)
    }
  }

  const create = async () => {
    if (!preview || !fields) return
    setIsBusy(true)
    setProblem(null)
    try {
      const response = await fetch(`${api}/campaigns/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          site: preview.site,
          // The text as read (a file's too): reading it again gives the same proposal.
          text: preview.parse.text,
          fields: {
            title: fields.title,
            seriesName: fields.seriesName,
            year: fields.year,
            theme: fields.theme,
            campaignWindow: { start: isoDay(fields.start), end: isoDay(fields.end) },
          },
        }),
      })
      const body = (await response.json().catch(() => ({}))) as ErrorAnswer & { id?: number }
      if (response.ok && body.id !== undefined) {
        dialog.current?.close()
        router.push(`${config.routes.admin}/collections/campaigns/${body.id}`)
        return
      }
      setProblem(body.errors?.[0]?.message ?? t.failed)
    } catch {
      setProblem(t.failed)
    } finally {
      setIsBusy(false)
    }
  }

  const missing = fields
    ? (
        [
          ['title', fields.title],
          ['seriesName', fields.seriesName],
          ['year', fields.year],
          ['theme', fields.theme],
          ['campaignWindow', fields.start && fields.end],
        ] as const
      )
        .filter(([, value]) => !value)
        .map(([name]) => t.fields[name])
    : []

  return (
    <>
      <Button buttonStyle="secondary" size="small" onClick={open}>
        {t.open}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="import-announcement-title"
        className="import-announcement"
      >
        <h2 id="import-announcement-title">{t.title}</h2>
        {preview === null || fields === null ? (
          <form
            onSubmit={(event) => {
              event.preventDefault()
              void read()
            }}
          >
            <p>{t.intro}</p>
            {sites.length > 1 && (
              <label className="import-announcement__field">
                {t.site}
                <select
                  name="site"
                  value={site ?? ''}
                  onChange={(event) => setSite(Number(event.target.value))}
                >
                  {sites.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="import-announcement__field">
              {t.text}
              <textarea
                name="text"
                rows={14}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            </label>
            <label className="import-announcement__field">
              {t.file}
              <input
                type="file"
                name="file"
                accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </label>
            {problem && <p role="alert">{problem}</p>}
            <div className="import-announcement__actions">
              <Button type="submit" buttonStyle="primary" disabled={isBusy}>
                {isBusy ? t.reading : t.read}
              </Button>
              <Button buttonStyle="secondary" onClick={() => dialog.current?.close()}>
                {t.cancel}
              </Button>
            </div>
          </form>
        ) : (
          <>
            <p>{t.draftNote}</p>
            <UnreadParts preview={preview} t={t} language={language} />
            <ProposalTable
              preview={preview}
              fields={fields}
              onChange={setFields}
              t={t}
              language={language}
            />
            {missing.length > 0 && (
              <p className="import-announcement__missing">
                {t.mustFill} {missing.join(', ')}
              </p>
            )}
            {problem && <p role="alert">{problem}</p>}
            <div className="import-announcement__actions">
              <Button
                buttonStyle="primary"
                disabled={isBusy || missing.length > 0}
                onClick={() => void create()}
              >
                {isBusy ? t.creating : t.create}
              </Button>
              <Button
                buttonStyle="secondary"
                onClick={() => {
                  setPreview(null)
                  setProblem(null)
                }}
              >
                {t.back}
              </Button>
              <Button buttonStyle="secondary" onClick={() => dialog.current?.close()}>
                {t.cancel}
              </Button>
            </div>
          </>
        )}
      </dialog>
    </>
  )
}
