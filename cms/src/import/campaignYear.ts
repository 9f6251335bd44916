// The edition's year: the year its window starts in (the collection's own rule); failing a
// window, the "năm 2021" of the title or the publication date's year. A window printed without a
// year borrows one from the same places.
import type { CalendarDate } from '@campaign/shared/schedule'

import type { YearHint } from './campaignWindow'
import type { Piece } from './piece'
import type { SpanMaker } from './sourceSpan'
import { yearIn, yearPieceIn } from './suggestions'
import type { CampaignWindowRead, Sourced } from './types'

interface Dated {
  date: CalendarDate
  line: Piece
}

const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4))

/** Years to fall back on for a window printed without one, most telling first. */
export const yearHintsOf = ({
  title,
  themeHeading,
  publishedOn,
}: {
  title: Piece | null
  themeHeading: Piece | null
  publishedOn: Dated | null
}): YearHint[] => {
  const hints: YearHint[] = []
  const titleYear = title ? yearIn(title.text) : null
  if (titleYear) hints.push({ year: titleYear, from: { vi: 'tiêu đề', en: 'title' } })
  const themeYear = themeHeading ? yearIn(themeHeading.text) : null
  if (themeYear) hints.push({ year: themeYear, from: { vi: 'mục Chủ đề', en: 'theme heading' } })
  if (publishedOn) {
    hints.push({
      year: yearOf(publishedOn.date),
      from: { vi: 'ngày đăng', en: 'publication date' },
    })
  }
  return hints
}

export const suggestedYear = ({
  window,
  title,
  publishedOn,
  spans,
}: {
  window: Sourced<CampaignWindowRead> | null
  title: Piece | null
  publishedOn: Dated | null
  spans: SpanMaker
}): Sourced<number> | null => {
  if (window) return { value: yearOf(window.value.start), source: window.source }
  const inTitle = title ? yearPieceIn(title) : null
  if (inTitle) return { value: Number(inTitle.text), source: spans.spanOf(inTitle) }
  if (publishedOn) {
    return { value: yearOf(publishedOn.date), source: spans.spanOf(publishedOn.line) }
  }
  return null
}
