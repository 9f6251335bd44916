// The campaign window: the range in the "Thời gian" section (or, failing that, the first range
// anywhere), its year taken from the text when the range leaves it out.
import type { PrintedRange } from './dates'
import { findDateRange, windowOfRange } from './dates'
import type { Section } from './outline'
import type { Piece } from './piece'
import { problem } from './problems'
import { sectionContent } from './sectionText'
import type { SpanMaker } from './sourceSpan'
import { yearIn } from './suggestions'
import type { CampaignWindowRead, ImportProblem, Sourced } from './types'

export interface YearHint {
  year: number
  /** Where it was read, for the editor: Vietnamese and English. */
  from: { vi: string; en: string }
}

const shown = (day: string): string => day.split('-').reverse().join('/')

const firstRange = (pieces: readonly Piece[]): PrintedRange | null => {
  for (const piece of pieces) {
    const range = findDateRange(piece)
    if (range) return range
  }
  return null
}

export const readCampaignWindow = ({
  sections,
  lines,
  yearHints,
  spans,
}: {
  sections: readonly Section[]
  lines: readonly Piece[]
  /** Years to fall back on, most telling first. */
  yearHints: readonly YearHint[]
  spans: SpanMaker
}): { window: Sourced<CampaignWindowRead> | null; problems: ImportProblem[] } => {
  const windowSections = sections.filter((section) => section.kind === 'window')
  const inSection = firstRange(windowSections.flatMap(sectionContent))
  const range = inSection ?? firstRange(lines)
  if (range === null) {
    const heading = windowSections[0]?.heading.line
    return {
      window: null,
      problems: [problem('windowMissing', { source: heading ? spans.spanOf(heading) : null })],
    }
  }
  const source = spans.spanOf(range.piece)
  const sectionYear = windowSections.flatMap(sectionContent).map((piece) => yearIn(piece.text))
  const hints: YearHint[] = [
    ...sectionYear
      .filter((year): year is number => year !== null)
      .map((year) => ({ year, from: { vi: 'mục Thời gian', en: 'dates section' } })),
    ...yearHints,
  ]
  const hint = hints[0] ?? null
  const read = windowOfRange(range, hint?.year ?? null)
  if (read === null) {
    return {
      window: null,
      problems: [problem('windowUnreadable', { source, vars: { text: range.piece.text } })],
    }
  }
  const problems: ImportProblem[] = []
  if (inSection === null) problems.push(problem('windowOutsideSection', { source }))
  if (read.yearFrom === 'fallback' && hint) {
    const vars = { year: hint.year, from: hint.from }
    problems.push(problem('windowYearAssumed', { source, vars }))
  }
  if (read.end < read.start) {
    const vars = { start: shown(read.start), end: shown(read.end) }
    problems.push(problem('windowEndsBeforeStart', { source, vars }))
  }
  return { window: { value: { start: read.start, end: read.end }, source }, problems }
}
