// What reading an announcement gives the editor to check: each value beside the text it came
// from, and every part that could not be read.
import type { CalendarDate } from '@campaign/shared/schedule'

import type { DocumentTypeKey } from '../collections/Documents/documentTypes'
import type { ProblemCode } from './problems'

/**
 * Where a value came from: character offsets [start, end) into the parse's `text` (the cleaned
 * announcement shown to the editor) and the 1-based lines they cover, which are also the lines
 * of the text as pasted (cleaning never adds or removes a line break).
 */
export interface SourceSpan {
  start: number
  end: number
  startLine: number
  endLine: number
}

export interface Sourced<T> {
  value: T
  source: SourceSpan
}

export interface CampaignWindowRead {
  start: CalendarDate
  end: CalendarDate
}

export interface ParsedActivity {
  title: string
  /** Sub-items or follow-on lines under the activity, one per line; null when there are none. */
  details: string | null
  source: SourceSpan
}

export interface DocumentNumberRead {
  /** Exactly as the announcement prints it. */
  printed: string
  /** After `normalizeDocumentNumber`, with look-alike letters (Ð, Cyrillic, Greek) replaced. */
  normalized: string
  /** What a new Documents record would hold: `normalized`, or it with a missing hyphen restored. */
  proposed: string
}

export interface CitedDocument {
  type: DocumentTypeKey
  /** The kind as the text names it ("Công văn"); null when read from the number's symbol. */
  typeAsPrinted: string | null
  number: DocumentNumberRead
  issuer: string | null
  issuedOn: CalendarDate | null
  summary: string | null
  source: SourceSpan
}

export type ImportField =
  | 'text'
  | 'file'
  | 'title'
  | 'seriesName'
  | 'year'
  | 'theme'
  | 'campaignWindow'
  | 'messages'
  | 'activities'
  | 'documents'
  | 'introduction'
  | 'publishedOn'
  | 'author'
  | 'attachments'

export interface ImportProblem {
  code: ProblemCode
  /** `missing`: nothing could be read for the field; `check`: something was read, look again. */
  severity: 'missing' | 'check'
  field: ImportField
  message: { vi: string; en: string }
  source: SourceSpan | null
}

export interface AnnouncementParse {
  /** The announcement as cleaned for reading; every `source` points into it. */
  text: string
  title: Sourced<string> | null
  seriesName: Sourced<string> | null
  year: Sourced<number> | null
  theme: Sourced<string> | null
  campaignWindow: Sourced<CampaignWindowRead> | null
  messages: Sourced<string>[]
  activities: ParsedActivity[]
  documents: CitedDocument[]
  /** The paragraphs before the first section, after the title; joined by line breaks. */
  introduction: Sourced<string> | null
  publishedOn: Sourced<CalendarDate> | null
  author: Sourced<string> | null
  problems: ImportProblem[]
}
