// Columns for the campaigns list, computed on read (not stored): the phase a visitor sees today,
// in the campaign's site's zone (shared/ decides), and the publication state, scheduled included.
import type { Phase } from '@campaign/shared/schedule'
import { phaseAt } from '@campaign/shared/schedule'
import type { SelectField } from 'payload'

import { toCalendarDate } from '../../../fields/calendarDateValue'
import { scheduledPublications } from './scheduledPublications'
import { campaignTimeZone } from './siteTimeZones'

const PHASES: Array<{ value: Phase; label: { vi: string; en: string } }> = [
  { value: 'upcoming', label: { vi: 'Sắp diễn ra', en: 'Upcoming' } },
  { value: 'live', label: { vi: 'Đang diễn ra', en: 'Live' } },
  { value: 'ended', label: { vi: 'Đã kết thúc', en: 'Ended' } },
]

export const phaseColumn: SelectField = {
  name: 'phase',
  type: 'select',
  virtual: true,
  label: { vi: 'Giai đoạn', en: 'Phase' },
  options: PHASES,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      vi: 'Theo thời gian diễn ra, hôm nay, theo múi giờ của trang.',
      en: 'From the campaign window, today, in the site’s time zone.',
    },
  },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        const start = toCalendarDate(data?.campaignWindow?.start)
        const end = toCalendarDate(data?.campaignWindow?.end)
        if (!start || !end) return null
        const timeZone = await campaignTimeZone(req, data?.sites)
        return phaseAt({ window: { start, end }, timeZone, at: new Date() }).phase
      },
    ],
  },
}

export const publicationColumn: SelectField = {
  name: 'publication',
  type: 'select',
  virtual: true,
  label: { vi: 'Xuất bản', en: 'Publication' },
  options: [
    { value: 'draft', label: { vi: 'Bản nháp', en: 'Draft' } },
    { value: 'scheduled', label: { vi: 'Đã hẹn giờ', en: 'Scheduled' } },
    { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
  ],
  // A list column only: the edit view shows Payload's own status.
  admin: { condition: () => false },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (data?._status === 'published') return 'published'
        const id = data?.id
        if (id !== undefined && (await scheduledPublications(req)).has(String(id)))
          return 'scheduled'
        return 'draft'
      },
    ],
  },
}
