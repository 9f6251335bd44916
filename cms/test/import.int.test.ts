// "Nhập từ thông báo" on a real database: cited documents already on record are reused when
// their number matches after normalisation, and the draft made from the 2021 announcement is a
// draft on the editor's site with the parsed fields. Everything runs as the editor.
import { afterEach, describe, expect, it } from 'vitest'

import { toCalendarDate } from '../src/fields/calendarDateValue'
import { createCampaignDraft, proposedSlug } from '../src/import/campaignDraft'
import { acceptProposal, proposeCampaignDraft } from '../src/import/campaignProposal'
import type { Document, Site } from '../src/payload-types'
import { announcement2021 } from '../src/seed/announcement2021'
import { announcementText } from '../src/seed/fixture'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()

afterEach(async () => {
  await t.payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'documents', where: { id: { exists: true } } })
})

const onRecord = (number: string, type: Document['type'], site: Site): Promise<Document> =>
  t.payload.create({ collection: 'documents', data: { number, type, ownerSite: site.id } })

const propose = (user = t.world.editorA) =>
  proposeCampaignDraft({ payload: t.payload, user, input: { text: announcementText } })

describe('documents the announcement cites', () => {
  it('are the records on file when the numbers match after normalisation', async () => {
    // The letter pasted with look-alike Ð and spaces (saved as 2768/SLĐTBXH-BTXHTEBĐG, which
    // the text prints without its hyphen); the plan typed by hand in small letters.
    const letter = await onRecord('2768 / SL\u00d0TBXH-BTXHTEB\u00d0G', 'cong-van', t.world.siteA)
    const plan = await onRecord('10909 / kh - ubnd', 'ke-hoach', t.world.siteA)
    expect(letter.number).toBe('2768/SLĐTBXH-BTXHTEBĐG')
    const { documents } = await propose()
    expect(documents.map(({ existing }) => existing?.id)).toEqual([letter.id, plan.id])
    // The letter matches the number proposed with its hyphen; the plan matches whatever case
    // and spacing the record was saved with.
    expect(documents[0]?.match).toBe('exact')
    expect(documents[1]?.match).not.toBeNull()
  })

  it('are not another site’s private records', async () => {
    await onRecord('10909/KH-UBND', 'ke-hoach', t.world.siteA)
    const { documents } = await propose(t.world.editorB)
    expect(documents.map(({ existing }) => existing)).toEqual([null, null])
  })
})

describe('the draft made from the 2021 announcement', () => {
  const createFromAnnouncement = async () => {
    const accepted = acceptProposal(await propose())
    if (!accepted.isComplete) throw new Error(`not read: ${accepted.missing.join(', ')}`)
    return createCampaignDraft({
      payload: t.payload,
      user: t.world.editorA,
      siteId: t.world.siteA.id,
      campaign: accepted.campaign,
    })
  }

  it('is a draft on the editor’s site with the parsed fields', async () => {
    const plan = await onRecord('10909/KH-UBND', 'ke-hoach', t.world.siteA)
    const created = await createFromAnnouncement()
    const draft = await t.payload.findByID({
      collection: 'campaigns',
      id: created.id,
      draft: true,
      depth: 1,
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(draft._status).toBe('draft')
    expect(draft.sites.map((site) => (typeof site === 'object' ? site.id : site))).toEqual([
      t.world.siteA.id,
    ])
    expect(draft).toMatchObject({
      title: announcement2021.title,
      theme: announcement2021.theme,
      year: 2021,
      author: announcement2021.author,
      seriesName:
        'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    })
    expect(toCalendarDate(draft.campaignWindow.start)).toBe(announcement2021.window.start)
    expect(toCalendarDate(draft.campaignWindow.end)).toBe(announcement2021.window.end)
    expect(toCalendarDate(draft.publishedOn)).toBe(announcement2021.publishedOn)
    expect(draft.messages?.map(({ text }) => text)).toEqual(announcement2021.messages)
    expect(draft.activities?.map(({ title }) => title)).toEqual(announcement2021.activities)
    const documents = (draft.documents ?? []) as Document[]
    expect(documents.map(({ number }) => number)).toEqual([
      '2768/SLĐTBXH-BTXHTEBĐG',
      '10909/KH-UBND',
    ])
    expect(documents[1]?.id).toBe(plan.id)
    // The letter was not on record: it is new, the site's own, with what the text says.
    expect(documents[0]).toMatchObject({
      type: 'cong-van',
      issuer: 'Sở Lao động - Thương binh và Xã hội',
      summary: announcement2021.documents[0].summary,
    })
    expect(toCalendarDate(documents[0]?.issuedOn)).toBe('2021-11-05')
    const owner = documents[0]?.ownerSite
    expect(typeof owner === 'object' ? owner?.id : owner).toBe(t.world.siteA.id)
  })

  it('publishes nothing: the public sees no campaign', async () => {
    await createFromAnnouncement()
    const seen = await t.payload.find({ collection: 'campaigns', overrideAccess: false })
    expect(seen.totalDocs).toBe(0)
  })

  it('made twice, takes the next free slug', async () => {
    const first = await createFromAnnouncement()
    const second = await createFromAnnouncement()
    expect(second.slug).toBe(`${first.slug}-2`)
  })
})

describe('a draft the collection refuses', () => {
  it('leaves no documents behind', async () => {
    const accepted = acceptProposal(await propose())
    if (!accepted.isComplete) throw new Error('the 2021 announcement should be complete')
    // Every slug the import would try is taken on the site: the campaign is refused after the
    // new documents were made for it.
    const base = proposedSlug(accepted.campaign)
    for (const slug of [base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)]) {
      await t.payload.create({
        collection: 'campaigns',
        data: editionData(t.world.siteA, { slug, _status: 'draft' }),
      })
    }
    const attempt = createCampaignDraft({
      payload: t.payload,
      user: t.world.editorA,
      siteId: t.world.siteA.id,
      campaign: accepted.campaign,
    })
    await expect(attempt).rejects.toThrow()
    const left = await t.payload.find({ collection: 'documents', pagination: false })
    expect(left.totalDocs).toBe(0)
  })
})
