// An edition's two windows as calendar dates: the campaign window, and the display window whose
// empty ends follow the campaign window's. Null without a valid campaign window. One reading for
// the public answer, the editor's "where it shows" line and the dashboard.
import type { DateWindow } from '@campaign/shared/schedule'

import type { Campaign } from '../payload-types'
import { toCalendarDate } from './calendarDateValue'

export interface EditionWindows {
  window: DateWindow
  displayWindow: DateWindow
}

export const editionWindows = (
  doc: Pick<Campaign, 'campaignWindow'> & { displayWindow?: Campaign['displayWindow'] },
): EditionWindows | null => {
  const start = toCalendarDate(doc.campaignWindow?.start)
  const end = toCalendarDate(doc.campaignWindow?.end)
  if (!start || !end) return null
  return {
    window: { start, end },
    displayWindow: {
      start: toCalendarDate(doc.displayWindow?.start) ?? start,
      end: toCalendarDate(doc.displayWindow?.end) ?? end,
    },
  }
}
