// What the editor is told about besides the values: the fields nothing was read for, the
// sections no field takes, the attachment the text mentions.
import type { Closing } from './closing'
import type { Outline } from './outline'
import { pieceEnd, slicePiece } from './piece'
import { problem } from './problems'
import type { SectionKind } from './sectionHeadings'
import type { SpanMaker } from './sourceSpan'
import type { AnnouncementParse, ImportProblem } from './types'

export const unreadParts = ({
  parse,
  outline,
  closing,
  spans,
}: {
  parse: AnnouncementParse
  outline: Outline
  closing: Closing
  spans: SpanMaker
}): ImportProblem[] => {
  const problems: ImportProblem[] = []
  const sectionsOf = (kind: SectionKind) => outline.sections.filter((s) => s.kind === kind)
  // Where a section was found but nothing read from it, the editor is shown its heading.
  const headingOf = (kind: SectionKind) => {
    const heading = sectionsOf(kind)[0]?.heading.line
    return { source: heading ? spans.spanOf(heading) : null }
  }
  if (!parse.title) problems.push(problem('titleMissing'))
  if (!parse.seriesName) {
    problems.push(problem('seriesNameMissing', { source: parse.title?.source ?? null }))
  }
  if (!parse.year) problems.push(problem('yearMissing'))
  if (!parse.theme) problems.push(problem('themeMissing', headingOf('theme')))
  if (parse.messages.length === 0) problems.push(problem('messagesMissing', headingOf('messages')))
  if (parse.activities.length === 0) {
    problems.push(problem('activitiesMissing', headingOf('activities')))
  }
  if (parse.documents.length === 0) problems.push(problem('documentsMissing'))
  if (!parse.publishedOn) problems.push(problem('publishedOnMissing'))
  if (!parse.author) problems.push(problem('authorMissing'))
  // A heading with nothing under it ("II. NỘI DUNG" right before "1. Chủ đề") hides nothing.
  for (const { heading, lines } of sectionsOf('other').filter((s) => s.lines.length > 0)) {
    const last = lines.at(-1)?.line ?? heading.line
    problems.push(
      problem('sectionNotRead', {
        source: spans.span(heading.line.start, pieceEnd(last)),
        vars: { text: slicePiece(heading.line, 0, 80).text },
      }),
    )
  }
  if (closing.attachmentNote) {
    problems.push(problem('attachmentMentioned', { source: spans.spanOf(closing.attachmentNote) }))
  }
  return problems
}
