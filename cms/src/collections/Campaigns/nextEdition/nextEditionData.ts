// What next year's edition starts from: the source edition with its dates a year on, its texts
// copied for review, and only the documents and files the editor chose to carry over.
import type { CalendarDate } from '@campaign/shared/schedule'

import { relationId, sameId, type SiteId } from '../../../access/roles'
import { toCalendarDate } from '../../../fields/calendarDateValue'
import type { Campaign } from '../../../payload-types'
import { shiftYear, titleForYear } from './shiftYear'

type Draft = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>

const shifted = (stored: string | null | undefined): CalendarDate | null => {
  const day = toCalendarDate(stored)
  return day ? shiftYear(day) : null
}

/** The ids of a relationship list, populated or not. */
export const relationIds = (values: Campaign['documents'] | Campaign['attachments']): SiteId[] =>
  (values ?? []).map((value) => relationId(value as SiteId | { id: SiteId }))

/** The Vietnamese (default-locale) data of the new draft. */
export const nextEditionData = (
  source: Campaign,
  carry: { documents: SiteId[]; attachments: SiteId[] },
): Draft => {
  const isCarried = (ids: SiteId[]) => (value: SiteId | { id: SiteId }) =>
    ids.some((id) => sameId(id, relationId(value)))
  const idOf = <Value extends { id: number }>(value: number | Value): number =>
    typeof value === 'object' ? value.id : value
  const year = source.year + 1
  const start = shifted(source.campaignWindow.start) ?? `${year}-01-01`
  const end = shifted(source.campaignWindow.end) ?? start
  return {
    seriesName: source.seriesName,
    title: titleForYear(source.title, source.year, year),
    theme: source.theme,
    messages: (source.messages ?? []).map(({ text }) => ({ text })),
    activities: (source.activities ?? []).map(({ title, details }) => ({ title, details })),
    introduction: source.introduction,
    campaignWindow: { start, end },
    displayWindow: {
      start: shifted(source.displayWindow?.start),
      end: shifted(source.displayWindow?.end),
    },
    documents: (source.documents ?? []).filter(isCarried(carry.documents)).map(idOf),
    attachments: (source.attachments ?? []).filter(isCarried(carry.attachments)).map(idOf),
    articleUrl: null,
    accentColor: source.accentColor,
    bannerImage: source.bannerImage ? idOf(source.bannerImage) : null,
    slug: '', // made again from the new title and year (the endpoint picks a free one)
    sites: source.sites.map(idOf),
    year,
    author: null,
    publishedOn: null,
    majorRevision: 0,
    _status: 'draft',
  }
}

/** The source's own English texts, laid onto the new draft's rows (none where not translated). */
export const englishTexts = (english: Campaign, created: Campaign, fromYear: number) => {
  const data: Partial<Draft> = {}
  if (english.seriesName) data.seriesName = english.seriesName
  if (english.title) data.title = titleForYear(english.title, fromYear, fromYear + 1)
  if (english.theme) data.theme = english.theme
  if (english.introduction) data.introduction = english.introduction
  const rows = <Row extends { id?: string | null }>(
    made: Row[] | null | undefined,
    translated: Array<Partial<Row>> | null | undefined,
  ) => (made ?? []).map((row, i) => ({ ...row, ...(translated?.[i] ?? {}), id: row.id }))
  if (english.messages?.some((row) => row.text)) {
    data.messages = rows(
      created.messages,
      english.messages?.map(({ text }) => ({ text })),
    )
  }
  if (english.activities?.some((row) => row.title)) {
    data.activities = rows(
      created.activities,
      english.activities?.map(({ title, details }) => ({ title, details })),
    )
  }
  return data
}
