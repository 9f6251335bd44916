'use client'
// The proposal beside its source: one row per value, the value on the left (editable where a
// draft needs it), the announcement's lines it came from on the right; then what was not read.
import { useMemo } from 'react'
import type { ReactNode } from 'react'

import type { ImportPreview } from '../../collections/Campaigns/importAnnouncement/previewAnswer'
import { documentTypeName } from '../../collections/Documents/documentTypes'
import type { SourceSpan } from '../../import/types'
import { shownDay } from './calendarInput'
import { SourceLines, sourceTextOf } from './SourceLines'
import type { ImportTexts } from './texts'

/**
 * The values a draft needs, as the editor may correct them (strings, as inputs hold them; days
 * as dd/MM/yyyy).
 */
export interface EditableFields {
  title: string
  seriesName: string
  year: string
  theme: string
  start: string
  end: string
}

export const editableFieldsOf = ({ parse }: ImportPreview): EditableFields => ({
  title: parse.title?.value ?? '',
  seriesName: parse.seriesName?.value ?? '',
  year: parse.year ? String(parse.year.value) : '',
  theme: parse.theme?.value ?? '',
  start: shownDay(parse.campaignWindow?.value.start),
  end: shownDay(parse.campaignWindow?.value.end),
})

export const ProposalTable = ({
  preview,
  fields,
  onChange,
  t,
  language,
}: {
  preview: ImportPreview
  fields: EditableFields
  onChange: (fields: EditableFields) => void
  t: ImportTexts
  language: 'vi' | 'en'
}) => {
  const { parse } = preview
  const source = useMemo(() => sourceTextOf(parse.text), [parse.text])
  const row = (key: string, label: string, value: ReactNode, span: SourceSpan | null) => (
    <div className="import-announcement__row" key={key} data-field={key}>
      <div className="import-announcement__value">
        <div className="import-announcement__label">{label}</div>
        {value}
      </div>
      <SourceLines source={source} span={span} lineLabel={t.line} />
    </div>
  )
  const input = (
    name: keyof EditableFields,
    label: string,
    type = 'text',
    hint: string = t.notFound,
  ) => (
    <input
      type={type}
      aria-label={label}
      name={name}
      value={fields[name]}
      placeholder={hint}
      onChange={(event) => onChange({ ...fields, [name]: event.target.value })}
    />
  )
  const plain = (text: string | null | undefined) => <p>{text || t.none}</p>

  return (
    <div className="import-announcement__table">
      <div className="import-announcement__row import-announcement__head" aria-hidden>
        <div>{t.read_}</div>
        <div>{t.source}</div>
      </div>
      {row('title', t.fields.title, input('title', t.fields.title), parse.title?.source ?? null)}
      {row(
        'seriesName',
        t.fields.seriesName,
        input('seriesName', t.fields.seriesName),
        parse.seriesName?.source ?? null,
      )}
      {row(
        'year',
        t.fields.year,
        input('year', t.fields.year, 'number'),
        parse.year?.source ?? null,
      )}
      {row(
        'theme',
        t.fields.theme,
        <textarea
          aria-label={t.fields.theme}
          name="theme"
          rows={3}
          value={fields.theme}
          placeholder={t.notFound}
          onChange={(event) => onChange({ ...fields, theme: event.target.value })}
        />,
        parse.theme?.source ?? null,
      )}
      {row(
        'campaignWindow',
        t.fields.campaignWindow,
        <div className="import-announcement__dates">
          <label>
            {t.fields.from} {input('start', t.fields.from, 'text', 'dd/mm/yyyy')}
          </label>
          <label>
            {t.fields.to} {input('end', t.fields.to, 'text', 'dd/mm/yyyy')}
          </label>
        </div>,
        parse.campaignWindow?.source ?? null,
      )}
      {parse.messages.map((message, index) =>
        row(
          `message-${index}`,
          `${t.fields.message} ${index + 1}`,
          plain(message.value),
          message.source,
        ),
      )}
      {parse.activities.map((activity, index) =>
        row(
          `activity-${index}`,
          `${t.fields.activity} ${index + 1}`,
          <>
            {plain(activity.title)}
            {activity.details && <p className="import-announcement__details">{activity.details}</p>}
          </>,
          activity.source,
        ),
      )}
      {preview.documents.map(({ cited, existing }, index) =>
        row(
          `document-${index}`,
          `${t.fields.document} ${index + 1}`,
          <>
            <p>
              <strong>
                {documentTypeName(cited.type, language)} {cited.number.proposed}
              </strong>
              {cited.issuedOn && ` — ${shownDay(cited.issuedOn)}`}
              {cited.issuer && ` — ${cited.issuer}`}
            </p>
            {cited.summary && <p>{cited.summary}</p>}
            <p className="import-announcement__note">
              {existing ? `${t.reuse}: ${existing.number}` : t.createDocument}
            </p>
          </>,
          cited.source,
        ),
      )}
      {row(
        'introduction',
        t.fields.introduction,
        plain(parse.introduction?.value),
        parse.introduction?.source ?? null,
      )}
      {row(
        'publishedOn',
        t.fields.publishedOn,
        plain(shownDay(parse.publishedOn?.value)),
        parse.publishedOn?.source ?? null,
      )}
      {row('author', t.fields.author, plain(parse.author?.value), parse.author?.source ?? null)}
    </div>
  )
}

/** Every part that was not read, or should be checked, in the editor's language. */
export const UnreadParts = ({
  preview,
  t,
  language,
}: {
  preview: ImportPreview
  t: ImportTexts
  language: 'vi' | 'en'
}) => (
  <section className="import-announcement__problems" aria-labelledby="import-problems">
    <h3 id="import-problems">{t.problems}</h3>
    {preview.parse.problems.length === 0 ? (
      <p>{t.noProblems}</p>
    ) : (
      <ul>
        {preview.parse.problems.map((problem, index) => (
          <li key={`${problem.code}-${index}`} data-severity={problem.severity}>
            {problem.message[language]}
            {problem.source &&
              ` (${t.line} ${problem.source.startLine}${
                problem.source.endLine > problem.source.startLine
                  ? `–${problem.source.endLine}`
                  : ''
              })`}
          </li>
        ))}
      </ul>
    )}
  </section>
)
