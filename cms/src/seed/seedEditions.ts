import type { Payload } from 'payload'

import { slugify } from '../fields/slugify'
import type { Campaign, Document, Media, Site } from '../payload-types'
import { announcement2021 } from './announcement2021'
import { fixture, seriesNameFor } from './fixture'
import { lexicalParagraphs } from './lexicalParagraphs'
import { samplePdf } from './samplePdf'
import { ensureDocument } from './seedDocuments'
import { findFirst } from './upsert'

/** The series' orange identity (a heart of two embracing figures with a white ribbon). */
export const SERIES_ACCENT = '#e8590c'

export const editionSlug = (year: number): string =>
  `${slugify('Tháng hành động vì bình đẳng giới')}-${year}`

interface EditionSeed {
  year: number
  title: string
  titleEn: string
  theme: string
  themeEn: string
  messages: readonly string[]
  activities?: readonly string[]
  introduction?: string
  documentIds: Array<Document['id']>
  attachmentIds?: Array<Media['id']>
  author?: string
  publishedOn?: string
}

type CampaignData = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt' | 'sites' | 'slug'>

/** Creates a published edition in Vietnamese, then adds its English texts. */
const ensureEdition = async (payload: Payload, site: Site, seed: EditionSeed): Promise<void> => {
  const slug = editionSlug(seed.year)
  const existing = await findFirst(payload, 'campaigns', {
    and: [{ slug: { equals: slug } }, { sites: { in: [site.id] } }],
  })
  if (existing) return
  const data: CampaignData = {
    seriesName: seriesNameFor(seed.year),
    title: seed.title,
    theme: seed.theme,
    year: seed.year,
    messages: seed.messages.map((text) => ({ text })),
    activities: (seed.activities ?? []).map((title) => ({ title })),
    introduction: seed.introduction ? lexicalParagraphs(seed.introduction) : null,
    campaignWindow: {
      start: `${seed.year}-${fixture.series.window.start}`,
      end: `${seed.year}-${fixture.series.window.end}`,
    },
    documents: seed.documentIds,
    attachments: seed.attachmentIds ?? [],
    author: seed.author ?? null,
    publishedOn: seed.publishedOn ?? null,
    accentColor: SERIES_ACCENT,
    _status: 'published',
  }
  const created = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    locale: 'vi',
    data: { ...data, slug, sites: [site.id] },
  })
  await payload.update({
    collection: 'campaigns',
    id: created.id,
    overrideAccess: true,
    locale: 'en',
    data: {
      seriesName: fixture.series.name_en,
      title: seed.titleEn,
      theme: seed.themeEn,
      _status: 'published',
    },
  })
}

export const PLAN_FILENAME = 'ke-hoach-trien-khai-thang-hanh-dong-2021.pdf'

const ensurePlanFile = async (payload: Payload, site: Site): Promise<Media> => {
  const filename = PLAN_FILENAME
  const existing = await findFirst(payload, 'media', { filename: { equals: filename } })
  if (existing) return existing
  const data = samplePdf([
    'Ke hoach trien khai Thang hanh dong vi binh dang gioi 2021',
    'So Khoa hoc va Cong nghe tinh Khanh Hoa',
    'Demo file: the original plan is attached to the department announcement.',
  ])
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    locale: 'vi',
    data: { title: announcement2021.planTitle, ownerSite: site.id },
    file: { data, mimetype: 'application/pdf', name: filename, size: data.length },
  })
}

/** Khánh Hòa's archive: the 2021 announcement as published, every other year from the fixture. */
export const seedKhanhHoaEditions = async (payload: Payload, site: Site): Promise<void> => {
  for (const edition of fixture.editions) {
    const isAnnouncement = edition.year === 2021
    const documents = isAnnouncement ? announcement2021.documents : edition.documents
    const documentIds: Array<Document['id']> = []
    for (const document of documents) documentIds.push((await ensureDocument(payload, document)).id)
    const seriesTitle = `${seriesNameFor(edition.year)} năm ${edition.year}`
    const common = {
      year: edition.year,
      titleEn: `${fixture.series.name_en} ${edition.year}`,
      themeEn: edition.theme_en,
      documentIds,
    }
    await ensureEdition(
      payload,
      site,
      isAnnouncement
        ? {
            ...common,
            title: announcement2021.title,
            theme: announcement2021.theme,
            messages: announcement2021.messages,
            activities: announcement2021.activities,
            introduction: announcement2021.introduction,
            attachmentIds: [(await ensurePlanFile(payload, site)).id],
            author: announcement2021.author,
            publishedOn: announcement2021.publishedOn,
          }
        : {
            ...common,
            title: seriesTitle,
            theme: edition.theme_vi,
            // Where a year's messages are not on record, the call every year opens with.
            messages:
              edition.messages_vi.length > 0 ? edition.messages_vi : [`Hưởng ứng ${seriesTitle}`],
          },
    )
  }
}
