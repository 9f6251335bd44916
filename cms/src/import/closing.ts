// The end of an announcement: the attachment note, "./.", the author's name and sometimes the
// date. A name or date on the last lines is set aside before sections are read, so that it is
// not taken for one more list item.
import type { CalendarDate } from '@campaign/shared/schedule'

import { authorOf, publicationDateOf } from './byline'
import type { MarkedLine } from './listMarkers'
import type { Piece } from './piece'
import { foldForMatch } from './sectionHeadings'

const SOURCE_LINE = /^nguồn ?:/u
const MAX_TRAILER = 3

const isByline = ({ marker, line }: MarkedLine): boolean =>
  marker === null &&
  (authorOf(line) !== null ||
    publicationDateOf(line) !== null ||
    SOURCE_LINE.test(foldForMatch(line.text)))

/** Takes the byline lines off the end of `lines` and returns them. */
export const takeTrailer = (lines: MarkedLine[]): MarkedLine[] => {
  const trailer: MarkedLine[] = []
  for (let last = lines.at(-1); last && lines.length > 1 && isByline(last); last = lines.at(-1)) {
    if (trailer.length === MAX_TRAILER) break
    trailer.unshift(last)
    lines.pop()
  }
  return trailer
}

const ATTACHMENT = /(?:file|tệp|tập tin) đính kèm|đính kèm (?:file|tệp|kế hoạch)|tải về/u

export interface Closing {
  author: Piece | null
  publishedOn: { date: CalendarDate; line: Piece } | null
  attachmentNote: Piece | null
}

export const readClosing = (lines: readonly MarkedLine[]): Closing => {
  const read: Closing = { author: null, publishedOn: null, attachmentNote: null }
  for (const { line } of [...lines].reverse()) {
    read.author ??= authorOf(line)
    const date = publicationDateOf(line)
    if (date !== null) read.publishedOn ??= { date, line }
  }
  read.attachmentNote =
    lines.find(({ line }) => ATTACHMENT.test(foldForMatch(line.text)))?.line ?? null
  return read
}
