import { addDays, calendarDateIn, isInWindow } from '@campaign/shared/schedule'
import type { Payload } from 'payload'

import { toCalendarDate } from '../fields/calendarDateValue'
import type { Document, Site } from '../payload-types'
import { fixture } from './fixture'
import { ensureDocument } from './seedDocuments'
import { PLAN_FILENAME, SERIES_ACCENT } from './seedEditions'
import { findFirst } from './upsert'

export const DEMO_SLUG = 'chien-dich-minh-hoa'

/** Days before and after the seeding day, so a new install always shows a live banner. */
const DAYS_BEFORE = 3
const DAYS_AFTER = 27

const latest = fixture.editions[fixture.editions.length - 1]

/**
 * The demo portal's one edition, clearly marked as demo content. Its window is set around the
 * day of seeding; a later seed moves it only once it is no longer live (otherwise: no change).
 */
export const seedDemoEdition = async (payload: Payload, site: Site, now: Date): Promise<void> => {
  const today = calendarDateIn(now, site.timeZone)
  const campaignWindow = { start: addDays(today, -DAYS_BEFORE), end: addDays(today, DAYS_AFTER) }
  const year = Number(campaignWindow.start.slice(0, 4))
  const existing = await findFirst(payload, 'campaigns', {
    and: [{ slug: { equals: DEMO_SLUG } }, { sites: { in: [site.id] } }],
  })
  if (existing) {
    const start = toCalendarDate(existing.campaignWindow.start)
    const end = toCalendarDate(existing.campaignWindow.end)
    if (start && end && isInWindow({ start, end }, today)) return
    await payload.update({
      collection: 'campaigns',
      id: existing.id,
      overrideAccess: true,
      data: { campaignWindow, year, displayWindow: { start: null, end: null } },
    })
    payload.logger.info(
      `seed: demo edition moved to ${campaignWindow.start} – ${campaignWindow.end}`,
    )
    return
  }
  const documentIds: Array<Document['id']> = []
  for (const document of latest?.documents ?? []) {
    documentIds.push((await ensureDocument(payload, document)).id)
  }
  const plan = await findFirst(payload, 'media', { filename: { equals: PLAN_FILENAME } })
  const created = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    locale: 'vi',
    data: {
      slug: DEMO_SLUG,
      sites: [site.id],
      seriesName: 'Chiến dịch minh họa (DEMO)',
      title: '[DEMO] Tháng hành động vì bình đẳng giới – nội dung minh họa',
      theme: `[DEMO] ${latest?.theme_vi ?? ''}`,
      year,
      messages: [
        'Đầu tư cho bình đẳng giới là đầu tư cho tương lai.',
        'Bình đẳng giới là thước đo của sự văn minh, tiến bộ và công bằng xã hội.',
        'Hành động ngay hôm nay, bình đẳng giới trong tầm tay.',
      ].map((text) => ({ text })),
      activities: [
        { title: 'Nội dung minh họa: treo băng rôn, khẩu hiệu hưởng ứng tại trụ sở.' },
        { title: 'Nội dung minh họa: tuyên truyền trên cổng thông tin điện tử.' },
      ],
      campaignWindow,
      documents: documentIds,
      attachments: plan ? [plan.id] : [],
      // The demo portal's own article page, served by this CMS in development.
      articleUrl: `${payload.config.serverURL}/demo/`,
      author: 'Dữ liệu minh họa',
      accentColor: SERIES_ACCENT,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'campaigns',
    id: created.id,
    overrideAccess: true,
    locale: 'en',
    data: {
      seriesName: 'Demo campaign (DEMO)',
      title: '[DEMO] Month of Action for Gender Equality – sample content',
      theme: `[DEMO] ${latest?.theme_en ?? ''}`,
      _status: 'published',
    },
  })
}
