// The admin's home page per site: what shows now, what is scheduled, which drafts wait, which
// series is due a new edition, judged at an injected instant in the site's zone.
import { afterEach, describe, expect, it } from 'vitest'

import { siteOverviews } from '../src/dashboard/siteOverview'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()

// 20/11/2025 10:00 in Hanoi.
const LIVE_DAY = new Date('2025-11-20T03:00:00Z')

afterEach(async () => {
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await t.payload.delete({
    collection: 'campaigns',
    where: { sites: { in: [t.world.siteA.id, t.world.siteB.id] } },
    overrideAccess: true,
  })
})

const create = (overrides: Parameters<typeof editionData>[1] = {}) =>
  t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, overrides),
    draft: overrides._status === 'draft',
  })

const overviewOfA = async (at: Date) => {
  const [overview] = await siteOverviews(t.payload, t.world.editorA, at)
  return overview
}

describe('the dashboard per site', () => {
  it('shows an editor their own sites only, and an admin every site', async () => {
    const mine = await siteOverviews(t.payload, t.world.editorA, LIVE_DAY)
    expect(mine.map((overview) => overview.site.id)).toEqual([t.world.siteA.id])
    const all = await siteOverviews(t.payload, t.world.admin, LIVE_DAY)
    expect(all.map((overview) => overview.site.id)).toEqual(
      expect.arrayContaining([t.world.siteA.id, t.world.siteB.id]),
    )
    expect(await siteOverviews(t.payload, { role: 'editor', sites: [] }, LIVE_DAY)).toEqual([])
  })

  it('says what the banner shows now, with the phase in the site’s zone', async () => {
    const live = await create({ title: 'Kỳ 2025' })
    const overview = await overviewOfA(LIVE_DAY)
    expect(overview?.today).toBe('2025-11-20')
    expect(overview?.showing).toMatchObject({ id: live.id, title: 'Kỳ 2025' })
    expect(overview?.showing?.phase).toMatchObject({ phase: 'live', daysLeft: 25 })
    // 15/12 23:59 in Hanoi is still the last day; a minute later nothing shows.
    expect((await overviewOfA(new Date('2025-12-15T16:59:00Z')))?.showing?.phase).toMatchObject({
      phase: 'live',
      daysLeft: 0,
    })
    expect((await overviewOfA(new Date('2025-12-15T17:00:00Z')))?.showing).toBeNull()
  })

  it('lists drafts waiting for publication and when a scheduled one is due', async () => {
    const draft = await create({ _status: 'draft', title: 'Bản nháp 2026', year: 2026 })
    await create({ title: 'Đã xuất bản' })
    const due = new Date('2025-11-25T01:00:00Z')
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'campaigns', value: draft.id } },
      waitUntil: due,
    })
    const overview = await overviewOfA(LIVE_DAY)
    expect(overview?.drafts).toEqual([{ id: draft.id, title: 'Bản nháp 2026', year: 2026 }])
    expect(overview?.scheduled).toEqual([
      { id: draft.id, title: 'Bản nháp 2026', at: due.toISOString() },
    ])
  })

  it('reminds 60 days ahead that a series has no edition of the new year', async () => {
    const last = await create({ title: 'Kỳ 2025' })
    // 1/10/2026: the 2026 month starts on 15/11, 45 days later.
    const october = new Date('2026-10-01T03:00:00Z')
    expect((await overviewOfA(october))?.reminders).toEqual([
      {
        seriesName: 'Tháng hành động vì bình đẳng giới',
        year: 2026,
        start: '2026-11-15',
        daysUntil: 45,
        fromId: last.id,
      },
    ])
    // Further ahead than 60 days: no reminder yet.
    expect((await overviewOfA(new Date('2026-09-01T03:00:00Z')))?.reminders).toEqual([])
    // A draft of 2026 answers it.
    await create({
      _status: 'draft',
      year: 2026,
      campaignWindow: { start: '2026-11-15', end: '2026-12-15' },
    })
    expect((await overviewOfA(october))?.reminders).toEqual([])
  })
})
