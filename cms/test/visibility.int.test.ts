// Where and when a campaign shows, per site, as the editor's status line says after each save.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { useEditorsOverHttp } from './helpers/editorsOverHttp'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
const http = useEditorsOverHttp(t)

beforeAll(() => {
  // 20/11/2025 in Hanoi, inside 15/11–15/12/2025.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-11-20T03:00:00Z') })
})

afterAll(() => {
  vi.useRealTimers()
})

const visibilityOf = async (id: number | string, token = http.tokenA) => {
  const response = await fetch(`${http.api.origin}/api/campaigns/${id}/visibility`, {
    headers: { authorization: `JWT ${token}` },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const create = (overrides: Parameters<typeof editionData>[1]) =>
  t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA, overrides) })

describe('where and when it shows', () => {
  it('a draft shows nowhere', async () => {
    const draft = await create({ _status: 'draft' })
    expect((await visibilityOf(draft.id)).body).toEqual({ isPublished: false, sites: [] })
  })

  it('a live edition shows until its display window ends', async () => {
    const live = await create({})
    expect((await visibilityOf(live.id)).body).toEqual({
      isPublished: true,
      sites: [{ site: t.world.siteA.name, state: 'showing', until: '2025-12-15' }],
    })
  })

  it('an edition of next year shows from its display window’s start', async () => {
    const later = await create({
      year: 2026,
      campaignWindow: { start: '2026-11-15', end: '2026-12-15' },
      displayWindow: { start: '2026-11-01', end: null },
    })
    expect((await visibilityOf(later.id)).body.sites).toEqual([
      { site: t.world.siteA.name, state: 'later', from: '2026-11-01' },
    ])
  })

  it('an edition whose window has passed shows nowhere, and says when it ended', async () => {
    const past = await create({
      year: 2024,
      campaignWindow: { start: '2024-11-15', end: '2024-12-15' },
    })
    expect((await visibilityOf(past.id)).body.sites).toEqual([
      { site: t.world.siteA.name, state: 'ended', ended: '2024-12-15' },
    ])
  })

  it('a live edition another live edition outshines (the later start wins) says which', async () => {
    const earlier = await create({ campaignWindow: { start: '2025-11-10', end: '2025-12-15' } })
    const winner = await create({
      title: 'Kỳ thắng',
      campaignWindow: { start: '2025-11-18', end: '2025-12-20' },
    })
    expect((await visibilityOf(earlier.id)).body.sites).toEqual([
      { site: t.world.siteA.name, state: 'outshone', by: 'Kỳ thắng' },
    ])
    expect((await visibilityOf(winner.id)).body.sites).toEqual([
      { site: t.world.siteA.name, state: 'showing', until: '2025-12-20' },
    ])
  })

  it('names only the sites the caller manages; an admin sees every site', async () => {
    const both = await t.payload.create({
      collection: 'campaigns',
      data: {
        ...editionData(t.world.siteA, {
          year: 2027,
          campaignWindow: { start: '2027-11-15', end: '2027-12-15' },
        }),
        sites: [t.world.siteA.id, t.world.siteB.id],
      },
    })
    expect((await visibilityOf(both.id)).body.sites).toEqual([
      { site: t.world.siteA.name, state: 'later', from: '2027-11-15' },
    ])
    const adminToken = await http.api.login(t.world.admin.email, passwordOf(t.world.admin))
    const names = ((await visibilityOf(both.id, adminToken)).body.sites as { site: string }[]).map(
      (site) => site.site,
    )
    expect(names.sort()).toEqual([t.world.siteA.name, t.world.siteB.name].sort())
  })

  it('is for those who may read the campaign only', async () => {
    const live = await create({})
    expect((await visibilityOf(live.id, http.tokenB)).status).toBe(404)
    const anonymous = await fetch(`${http.api.origin}/api/campaigns/${live.id}/visibility`)
    expect([401, 403]).toContain(anonymous.status)
  })
})
