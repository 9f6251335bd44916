// The pane's one line about the previewed day: the phase line visitors see, or why they see none.
import type { Locale } from '@campaign/shared/contract'
import { formatDate, formatPhase } from '@campaign/shared/format'
import { calendarDateIn } from '@campaign/shared/schedule'

import type { PreviewedAnswer } from './previewedAnswer'
import type { PreviewTexts } from './previewTexts'

export const previewStatus = ({
  answer,
  at,
  locale,
  texts,
  language,
}: {
  answer: PreviewedAnswer
  at: Date
  /** The content's language: the phase line is in it, as visitors read it. */
  locale: Locale
  texts: PreviewTexts
  /** The editor's interface language, for dates in the pane's own sentences. */
  language: Locale
}): string => {
  if (answer.response === null) return texts.invalid(answer.problem)
  const { response, edition } = answer
  if (response.kind === 'campaign') return texts.phaseLine(formatPhase(response.campaign, locale))
  if (!edition) return texts.incomplete
  const { displayWindow, timeZone } = edition
  return calendarDateIn(at, timeZone) < displayWindow.start
    ? texts.hiddenBefore(formatDate(displayWindow.start, language))
    : texts.hiddenAfter(formatDate(displayWindow.end, language))
}
