import { calendarDateIn, phaseAt } from '@campaign/shared/schedule'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toCalendarDate } from '../src/fields/calendarDateValue'
import type { Campaign, Document, Media } from '../src/payload-types'
import { seed } from '../src/seed'
import { announcementText, fixture } from '../src/seed/fixture'
import { DEMO_SLUG } from '../src/seed/seedDemoEdition'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'

let env: TestPayload
let payload: Payload
const seededAt = new Date()

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
  await seed({ payload, now: seededAt })
})

afterAll(async () => {
  await env.cleanup()
})

const editionOf = async (year: number, locale: 'vi' | 'en' = 'vi'): Promise<Campaign> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { and: [{ year: { equals: year } }, { slug: { not_equals: DEMO_SLUG } }] },
    locale,
    depth: 1,
    overrideAccess: false,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as Campaign
}

const numbersOf = (campaign: Campaign) =>
  (campaign.documents ?? []).map((document) => (document as Document).number)

/** The page splits lines and paragraphs; compare on collapsed whitespace. */
const pageText = announcementText.replace(/\s+/g, ' ')

describe('the 2021 Khánh Hòa announcement', () => {
  it('is published with the theme, window, messages and activities the page states', async () => {
    const edition = await editionOf(2021)
    expect(edition._status).toBe('published')
    expect(pageText).toContain(edition.theme)
    expect(toCalendarDate(edition.campaignWindow.start)).toBe('2021-11-15')
    expect(toCalendarDate(edition.campaignWindow.end)).toBe('2021-12-15')
    expect(edition.messages?.map((m) => m.text)).toEqual(
      fixture.editions.find((e) => e.year === 2021)?.messages_vi,
    )
    for (const message of edition.messages ?? []) expect(pageText).toContain(message.text)
    expect(edition.activities).toHaveLength(4)
    for (const activity of edition.activities ?? []) expect(pageText).toContain(activity.title)
  })

  it('cites its two documents, author, publication date and plan file', async () => {
    const edition = await editionOf(2021)
    expect(numbersOf(edition)).toEqual(['2768/SLĐTBXH-BTXHTEBĐG', '10909/KH-UBND'])
    expect(edition.author).toBe('Xuân Phương')
    expect(toCalendarDate(edition.publishedOn)).toBe('2021-11-11')
    const plan = edition.attachments?.[0] as Media
    expect(plan.mimeType).toBe('application/pdf')
    expect(plan.filesize).toBeGreaterThan(0)
  })
})

describe('the archive 2016–2025', () => {
  it.each(fixture.editions.map((edition) => edition.year))(
    'has the %i edition published',
    async (year) => {
      const facts = fixture.editions.find((edition) => edition.year === year)
      const [vi, en] = [await editionOf(year), await editionOf(year, 'en')]
      expect(vi._status).toBe('published')
      expect(vi.theme).toBe(facts?.theme_vi)
      expect(en.theme).toBe(facts?.theme_en)
      if (facts?.messages_vi.length)
        expect(vi.messages?.map((m) => m.text)).toEqual(facts.messages_vi)
      if (year !== 2021) expect(numbersOf(vi)).toEqual(facts?.documents.map((d) => d.number))
      expect(vi.messages?.length).toBeGreaterThan(0)
    },
  )
})

describe('the demo portal', () => {
  it('allows any origin and shows a live, clearly marked demo edition', async () => {
    const { docs: sites } = await payload.find({
      collection: 'sites',
      where: { slug: { equals: 'demo-portal' } },
    })
    expect(sites[0]?.allowedOrigins?.map((entry) => entry.origin)).toEqual(['*'])
    const { docs } = await payload.find({
      collection: 'campaigns',
      where: { slug: { equals: DEMO_SLUG } },
      overrideAccess: false,
    })
    const demo = docs[0] as Campaign
    expect(demo.title).toContain('DEMO')
    const window = {
      start: toCalendarDate(demo.campaignWindow.start) ?? '',
      end: toCalendarDate(demo.campaignWindow.end) ?? '',
    }
    expect(phaseAt({ window, timeZone: 'Asia/Ho_Chi_Minh', at: seededAt }).phase).toBe('live')
    expect(window.start <= calendarDateIn(seededAt, 'Asia/Ho_Chi_Minh')).toBe(true)
  })
})

describe('accounts', () => {
  it('has a dev admin and an editor of the seeded sites', async () => {
    const { docs } = await payload.find({ collection: 'users', sort: 'email' })
    expect(docs.map((user) => [user.email, user.role])).toEqual([
      ['admin@example.com', 'admin'],
      ['editor@example.com', 'editor'],
    ])
    expect(docs[1]?.sites).toHaveLength(2)
  })
})

describe('seeding again', () => {
  const snapshot = async () => {
    const collections: CollectionSlug[] = ['campaigns', 'documents', 'media', 'sites', 'users']
    const result: Record<string, string[]> = {}
    for (const collection of collections) {
      const { docs } = await payload.find({ collection, limit: 0, pagination: false, draft: true })
      result[collection] = (docs as Array<{ id: number | string; updatedAt: string }>)
        .map((doc) => `${doc.id}@${doc.updatedAt}`)
        .sort()
    }
    const versions = await payload.countVersions({ collection: 'campaigns' })
    return { ...result, versions: [String(versions.totalDocs)] }
  }

  it('changes nothing', async () => {
    const before = await snapshot()
    await seed({ payload, now: seededAt })
    expect(await snapshot()).toEqual(before)
  })
})
