// The campaigns list's computed columns: the phase a visitor sees today in the site's zone, and
// whether an edition is a draft, scheduled or published.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { editionData, useWorld } from './helpers/world'

const t = useWorld()

afterEach(() => {
  vi.useRealTimers()
})

const columnsOf = async (id: number | string) => {
  const { docs } = await t.payload.find({
    collection: 'campaigns',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    user: t.world.editorA,
    overrideAccess: false,
  })
  return { phase: docs[0]?.phase, publication: docs[0]?.publication }
}

describe('phase, in the site’s zone (Asia/Ho_Chi_Minh), at the boundary days', () => {
  it.each([
    ['2025-11-14T16:59:59Z', 'upcoming'], // 14/11 23:59:59 in Hanoi
    ['2025-11-14T17:00:00Z', 'live'], // 15/11 00:00
    ['2025-12-15T16:59:59Z', 'live'], // 15/12 23:59:59
    ['2025-12-15T17:00:00Z', 'ended'], // 16/12 00:00
  ])('at %s: %s', async (instant, phase) => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) })
    expect((await columnsOf(edition.id)).phase).toBe(phase)
    vi.useRealTimers()
    await t.payload.delete({ collection: 'campaigns', id: edition.id })
  })
})

describe('publication', () => {
  it('draft, scheduled, then published', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { _status: 'draft' }),
      draft: true,
    })
    expect((await columnsOf(edition.id)).publication).toBe('draft')
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'campaigns', value: edition.id } },
      waitUntil: new Date(Date.now() + 86_400_000),
    })
    expect((await columnsOf(edition.id)).publication).toBe('scheduled')
    await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { _status: 'published' },
    })
    expect((await columnsOf(edition.id)).publication).toBe('published')
    await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await t.payload.delete({ collection: 'campaigns', id: edition.id })
  })
})
