'use client'
// "Tạo kỳ tiếp theo" beside the document controls: next year's edition as a draft, carrying over
// only the documents and files the editor ticks, then opens it. The work is the server's
// (POST /api/campaigns/:id/next-edition); this asks which records to carry and shows the answer.
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { NEXT_EDITION_PARAM } from './nextEditionParam'

type Id = number | string

interface Choice {
  id: Id
  kind: 'documents' | 'attachments'
  label: string
}

const text = {
  vi: {
    open: 'Tạo kỳ tiếp theo',
    title: 'Tạo kỳ năm sau',
    intro:
      'Kỳ mới là bản nháp: cùng chiến dịch, trang, màu và chủ đề; thông điệp và hoạt động được chép sang để sửa; thời gian lùi một năm; người viết và ngày đăng để trống. Chưa có gì được xuất bản.',
    carry: 'Mang sang văn bản và tệp (chỉ những mục được chọn):',
    none: 'Kỳ này chưa có văn bản hay tệp nào.',
    create: 'Tạo bản nháp',
    cancel: 'Hủy',
    existing: 'Mở kỳ đã có',
    failed: 'Không tạo được kỳ mới.',
  },
  en: {
    open: 'Create next edition',
    title: 'Next year’s edition',
    intro:
      'The new edition is a draft: same campaign, sites, colour and theme; messages and activities copied for review; dates a year on; author and publication date empty. Nothing is published.',
    carry: 'Carry over documents and files (only those ticked):',
    none: 'This edition has no documents or files.',
    create: 'Create draft',
    cancel: 'Cancel',
    existing: 'Open the existing edition',
    failed: 'The new edition could not be created.',
  },
}

const idsOf = (value: unknown): Id[] =>
  Array.isArray(value)
    ? value.map((item: unknown) =>
        typeof item === 'object' && item !== null ? (item as { id: Id }).id : (item as Id),
      )
    : []

export const NextEditionButton = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const t = i18n.language === 'en' ? text.en : text.vi
  const documents = useFormFields(([fields]) => fields.documents?.value)
  const attachments = useFormFields(([fields]) => fields.attachments?.value)
  const dialog = useRef<HTMLDialogElement>(null)
  const [choices, setChoices] = useState<Choice[]>([])
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [problem, setProblem] = useState<{ message: string; existing?: Id } | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  // The dashboard's "Tạo kỳ 2026" links here with ?next-edition=1: the dialog opens at once.
  const isAsked = useSearchParams()?.get(NEXT_EDITION_PARAM) === '1'
  const openOnArrival = useRef<(() => Promise<void>) | null>(null)
  const hasOpenedOnArrival = useRef(false)
  // Runs again once the document's id is known: before that this renders nothing, so there is
  // no dialog to open yet (the dialog never opened when the id came after the first render).
  useEffect(() => {
    if (!isAsked || !openOnArrival.current || hasOpenedOnArrival.current) return
    hasOpenedOnArrival.current = true
    window.history.replaceState(null, '', window.location.pathname)
    void openOnArrival.current()
  }, [isAsked, id])
  if (id === undefined || id === null || collectionSlug !== 'campaigns') return null

  const api = `${config.serverURL}${config.routes.api}`
  const admin = `${config.routes.admin}/collections/campaigns`

  const labelsOf = async (collection: 'documents' | 'media', ids: Id[], field: string) => {
    if (ids.length === 0) return new Map<string, string>()
    const query = ids.map((value) => `where[id][in]=${encodeURIComponent(String(value))}`).join('&')
    const response = await fetch(`${api}/${collection}?${query}&depth=0&limit=100`, {
      credentials: 'include',
    })
    const { docs = [] } = (await response.json()) as { docs?: Array<Record<string, unknown>> }
    return new Map(docs.map((doc) => [String(doc.id), String(doc[field] ?? doc.id)]))
  }

  const open = async () => {
    setProblem(null)
    const documentIds = idsOf(documents)
    const attachmentIds = idsOf(attachments)
    const [documentLabels, fileLabels] = await Promise.all([
      labelsOf('documents', documentIds, 'number'),
      labelsOf('media', attachmentIds, 'title'),
    ])
    setChoices([
      ...documentIds.map((value) => ({
        id: value,
        kind: 'documents' as const,
        label: documentLabels.get(String(value)) ?? String(value),
      })),
      ...attachmentIds.map((value) => ({
        id: value,
        kind: 'attachments' as const,
        label: fileLabels.get(String(value)) ?? String(value),
      })),
    ])
    setTicked(new Set())
    dialog.current?.showModal()
  }

  openOnArrival.current = open

  const keyOf = (choice: Choice) => `${choice.kind}:${String(choice.id)}`

  const create = async () => {
    setIsBusy(true)
    setProblem(null)
    const carried = (kind: Choice['kind']) =>
      choices.filter((choice) => choice.kind === kind && ticked.has(keyOf(choice))).map((c) => c.id)
    try {
      const response = await fetch(`${api}/campaigns/${id}/next-edition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          documents: carried('documents'),
          attachments: carried('attachments'),
        }),
      })
      const body = (await response.json()) as {
        id?: Id
        errors?: Array<{ message?: string; data?: { id?: Id } }>
      }
      if (response.ok && body.id !== undefined) {
        dialog.current?.close()
        router.push(`${admin}/${body.id}`)
        return
      }
      setProblem({
        message: body.errors?.[0]?.message ?? t.failed,
        existing: body.errors?.[0]?.data?.id,
      })
    } catch {
      setProblem({ message: t.failed })
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <>
      <Button buttonStyle="secondary" size="medium" onClick={() => void open()}>
        {t.open}
      </Button>
      <dialog ref={dialog} aria-labelledby="next-edition-title" className="next-edition">
        <h2 id="next-edition-title">{t.title}</h2>
        <p>{t.intro}</p>
        {choices.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <fieldset>
            <legend>{t.carry}</legend>
            {choices.map((choice) => (
              <label key={keyOf(choice)} className="next-edition__choice">
                <input
                  type="checkbox"
                  checked={ticked.has(keyOf(choice))}
                  onChange={(event) => {
                    const next = new Set(ticked)
                    if (event.target.checked) next.add(keyOf(choice))
                    else next.delete(keyOf(choice))
                    setTicked(next)
                  }}
                />{' '}
                {choice.label}
              </label>
            ))}
          </fieldset>
        )}
        {problem && (
          <p role="alert">
            {problem.message}{' '}
            {problem.existing !== undefined && (
              <a href={`${admin}/${problem.existing}`}>{t.existing}</a>
            )}
          </p>
        )}
        <div className="next-edition__actions">
          <Button buttonStyle="primary" disabled={isBusy} onClick={() => void create()}>
            {t.create}
          </Button>
          <Button buttonStyle="secondary" onClick={() => dialog.current?.close()}>
            {t.cancel}
          </Button>
        </div>
      </dialog>
    </>
  )
}
