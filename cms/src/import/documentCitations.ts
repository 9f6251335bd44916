// Official documents an announcement cites: "Công văn số 2768/SLĐTBXH-BTXHTEBĐG ngày 05/11/2021
// của Sở Lao động - Thương binh và Xã hội về việc …", "Kế hoạch 10909/KH-UBND của UBND tỉnh …".
import type { CalendarDate } from '@campaign/shared/schedule'

import { followsNumberPattern } from '../collections/Documents/documentNumber'
import type { DocumentTypeKey } from '../collections/Documents/documentTypes'
import { DOCUMENT_TYPES } from '../collections/Documents/documentTypes'
import { calendarDateOfPrinted, readDateAt } from './dates'
import {
  foldLookalikes,
  normalizedNumber,
  numberMatchKey,
  withRestoredHyphen,
} from './documentNumbers'
import type { Piece } from './piece'
import { pieceEnd, slicePiece } from './piece'
import { problem } from './problems'
import type { SpanMaker } from './sourceSpan'
import type { CitedDocument, ImportProblem } from './types'

// số/ký hiệu or số/năm/ký hiệu (Nghị định 30/2020/NĐ-CP); each part of the symbol starts with a
// capital (TTr-UBND has a small letter inside). Bounded repeats keep the scan linear.
const SYMBOL_PART = String.raw`\p{Lu}[\p{L}\d&.]{0,39}`
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d/])\d{1,6}(?: ?/ ?\d{4})? ?/ ?${SYMBOL_PART}(?:[-‐‑‒–—―−]${SYMBOL_PART}){0,6}`,
  'gu',
)

const TYPE_NAMES: ReadonlyArray<readonly [string, DocumentTypeKey]> = [
  ...DOCUMENT_TYPES.filter((type) => type.value !== 'khac').map(
    (type) => [type.vi.toLowerCase(), type.value] as const,
  ),
  ['văn bản', 'khac'],
]
const TYPE_ALTERNATIVES = TYPE_NAMES.map(([name]) => name).join('|')
// The kind just before a number: "Kế hoạch số ", "Công văn số: ", "Quyết định ".
const TYPE_BEFORE = new RegExp(`(?<!\\p{L})(${TYPE_ALTERNATIVES})(?: số:?)? ?$`, 'iu')
const TYPE_WITH_NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${TYPE_ALTERNATIVES}) số:? ?(?=\\S)`, 'giu')

// The first part of a symbol names the kind (KH-UBND is a plan) except in letters (công văn).
const SYMBOL_KINDS = new Map<string, DocumentTypeKey>([
  ['KH', 'ke-hoach'],
  ['QĐ', 'quyet-dinh'],
  ['TB', 'thong-bao'],
  ['CT', 'chi-thi'],
  ['HD', 'huong-dan'],
  ['NQ', 'nghi-quyet'],
  ['NĐ', 'nghi-dinh'],
  ['TT', 'thong-tu'],
  ['BC', 'bao-cao'],
  ['TTr', 'to-trinh'],
])

const typeOfName = (name: string): DocumentTypeKey =>
  TYPE_NAMES.find(([known]) => known === name.toLowerCase())?.[1] ?? 'khac'

const typeOfSymbol = (number: string): DocumentTypeKey => {
  const parts = number.slice(number.lastIndexOf('/') + 1).split('-')
  return parts.length > 1 ? (SYMBOL_KINDS.get(parts[0] ?? '') ?? 'khac') : 'khac'
}

// Where an issuing body's name ends: "của UBND tỉnh Khánh Hòa về việc …".
const ISSUER_END = /[,;:(]|\. | về | v\/v| ngày | nhằm | hướng dẫn /u
// Where a summary ends: the sentence, or a clause about someone else (", Sở Tư pháp ban hành …").
const SUMMARY_END = /[;:]|\. |, (?=\p{Lu})/u
const ISSUER_LENGTH = 160
const SUMMARY_LENGTH = 400

/** Where `end` first matches in the `limit` characters from `from`, else the window's end. */
const upTo = (text: string, from: number, end: RegExp, limit: number): number => {
  const window = text.slice(from, from + limit)
  const match = end.exec(window)
  return from + (match ? match.index : window.length)
}

const withoutFinalStop = (text: string): string => (text.endsWith('.') ? text.slice(0, -1) : text)

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

interface Attribution {
  issuedOn: CalendarDate | null
  hasUnrealDate: boolean
  issuer: string | null
  summary: string | null
  end: number
}

const DATE_LEAD = /,? (?:ban hành )?ngày /uy
const ISSUER_LEAD = /,? của /uy
const SUMMARY_LEAD = /,? (?:về việc|v\/v|về) /iuy

const leadEnd = (lead: RegExp, text: string, at: number): number | null => {
  lead.lastIndex = at
  return lead.test(text) ? lead.lastIndex : null
}

/** "ngày 05/11/2021 của … về việc …" after a number; date and issuer in either order. */
const readAttribution = (text: string, from: number): Attribution => {
  const read: Attribution = {
    issuedOn: null,
    hasUnrealDate: false,
    issuer: null,
    summary: null,
    end: from,
  }
  for (let round = 0; round < 3; round++) {
    const dateAt = read.issuedOn === null ? leadEnd(DATE_LEAD, text, read.end) : null
    const date = dateAt === null ? null : readDateAt(text, dateAt)
    if (date) {
      read.issuedOn = calendarDateOfPrinted(date.date)
      read.hasUnrealDate = read.issuedOn === null
      read.end = date.end
      continue
    }
    const issuerAt = read.issuer === null ? leadEnd(ISSUER_LEAD, text, read.end) : null
    if (issuerAt !== null) {
      const end = upTo(text, issuerAt, ISSUER_END, ISSUER_LENGTH)
      read.issuer = withoutFinalStop(text.slice(issuerAt, end).trim()) || null
      read.end = end
      continue
    }
    const summaryAt = leadEnd(SUMMARY_LEAD, text, read.end)
    if (summaryAt !== null) {
      const end = upTo(text, summaryAt, SUMMARY_END, SUMMARY_LENGTH)
      read.summary = capitalized(withoutFinalStop(text.slice(summaryAt, end).trim())) || null
      read.end = end
    }
    break
  }
  return read
}

interface Citation {
  document: CitedDocument
  hasUnrealDate: boolean
}

const citationsInLine = (line: Piece, spans: SpanMaker): Citation[] => {
  const citations: Citation[] = []
  NUMBER.lastIndex = 0
  for (let match = NUMBER.exec(line.text); match; match = NUMBER.exec(line.text)) {
    const printed = withoutFinalStop(match[0])
    const before = line.text.slice(Math.max(0, match.index - 30), match.index)
    const typeMatch = TYPE_BEFORE.exec(before)
    const typeName = typeMatch?.[1] ?? null
    const start = typeMatch ? match.index - before.length + typeMatch.index : match.index
    const normalized = normalizedNumber(printed)
    const read = readAttribution(line.text, match.index + printed.length)
    citations.push({
      document: {
        type: typeName === null ? typeOfSymbol(normalized) : typeOfName(typeName),
        typeAsPrinted: typeName,
        number: {
          printed,
          normalized,
          proposed: withRestoredHyphen(normalized, read.issuer) ?? normalized,
        },
        issuer: read.issuer,
        issuedOn: read.issuedOn,
        summary: read.summary,
        source: spans.span(line.start + start, line.start + read.end),
      },
      hasUnrealDate: read.hasUnrealDate,
    })
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, read.end)
  }
  return citations
}

/** A number's kind word and "số" with no readable number after them ("Kế hoạch số 12/kh-ubnd"). */
const unreadNumbers = (line: Piece, read: readonly Citation[], spans: SpanMaker) => {
  const starts = new Set(read.map(({ document }) => document.source.start - line.start))
  const unread: ImportProblem[] = []
  TYPE_WITH_NUMBER_WORD.lastIndex = 0
  for (const match of line.text.matchAll(TYPE_WITH_NUMBER_WORD)) {
    if (starts.has(match.index)) continue
    const shown = slicePiece(line, match.index, Math.min(line.text.length, match.index + 60))
    unread.push(
      problem('documentNumberUnreadable', {
        source: spans.span(shown.start, pieceEnd(shown)),
        vars: { text: shown.text },
      }),
    )
  }
  return unread
}

const problemsOf = ({ document, hasUnrealDate }: Citation): ImportProblem[] => {
  const { printed, normalized, proposed } = document.number
  const source = document.source
  const problems: ImportProblem[] = []
  if (foldLookalikes(printed) !== printed || /[Ðð]/u.test(printed)) {
    problems.push(
      problem('documentNumberLookalike', { source, vars: { printed, number: normalized } }),
    )
  }
  if (proposed !== normalized) {
    const issuer = document.issuer ?? ''
    problems.push(
      problem('documentHyphenRestored', { source, vars: { printed, issuer, number: proposed } }),
    )
  }
  if (!followsNumberPattern(proposed)) {
    problems.push(problem('documentNumberOffPattern', { source, vars: { number: proposed } }))
  }
  if (hasUnrealDate) {
    problems.push(problem('documentDateUnreadable', { source, vars: { number: proposed } }))
  }
  return problems
}

// A later mention may say what the first one left out (its date, its issuer).
const merged = (first: CitedDocument, later: CitedDocument): CitedDocument => ({
  ...first,
  issuer: first.issuer ?? later.issuer,
  issuedOn: first.issuedOn ?? later.issuedOn,
  summary: first.summary ?? later.summary,
})

/**
 * An announcement cites a handful of documents; each one read costs the editor a check and the
 * import a lookup, so a text citing hundreds (a pasted register) is read up to this many.
 */
export const MAX_DOCUMENTS = 30

/** Every document the lines cite, once each, in the order first cited. */
export const readCitedDocuments = (
  lines: readonly Piece[],
  spans: SpanMaker,
): { documents: CitedDocument[]; problems: ImportProblem[] } => {
  const byNumber = new Map<string, Citation>()
  const problems: ImportProblem[] = []
  let isCut = false
  for (const line of lines) {
    const citations = citationsInLine(line, spans)
    if (problems.length < MAX_DOCUMENTS) problems.push(...unreadNumbers(line, citations, spans))
    for (const citation of citations) {
      const key = numberMatchKey(citation.document.number.proposed)
      const known = byNumber.get(key)
      if (!known && byNumber.size === MAX_DOCUMENTS) {
        isCut = true
        continue
      }
      byNumber.set(
        key,
        known ? { ...known, document: merged(known.document, citation.document) } : citation,
      )
    }
  }
  const citations = [...byNumber.values()]
  const tooMany = isCut ? [problem('documentsTooMany', { vars: { max: MAX_DOCUMENTS } })] : []
  return {
    documents: citations.map(({ document }) => document),
    problems: [...problems.slice(0, MAX_DOCUMENTS), ...tooMany, ...citations.flatMap(problemsOf)],
  }
}
