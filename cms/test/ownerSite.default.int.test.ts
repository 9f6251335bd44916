// A new file's or document's owner site is the one the editor is working on: the campaign whose
// form they came from, or the site the list they came from is filtered by (the admin's address
// reaches the server as the Referer), else their first site; never a site that is not theirs.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Site, User } from '../src/payload-types'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let payload: Payload
/** An editor of both sites, site A first. */
let editorAB: User
let campaignOfB: number | string

beforeAll(async () => {
  payload = t.payload
  editorAB = {
    ...(await payload.create({
      collection: 'users',
      data: {
        email: `editor-ab-${Date.now()}@example.com`,
        password: 'pw-editor-ab',
        role: 'editor',
        sites: [t.world.siteA.id, t.world.siteB.id],
      },
    })),
    collection: 'users',
  }
  campaignOfB = (
    await payload.create({ collection: 'campaigns', data: editionData(t.world.siteB) })
  ).id
})

afterAll(async () => {
  await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await payload.delete({ collection: 'users', id: editorAB.id })
})

/** A document created as `user` from the admin page at `from` (its Referer). */
const ownerSiteOf = async (user: User, from?: string) => {
  const created = await payload.create({
    collection: 'documents',
    data: { number: `${Math.floor(Math.random() * 1e6)}/KH-UBND`, type: 'ke-hoach' },
    user,
    overrideAccess: false,
    req: from ? { headers: new Headers({ referer: `http://localhost:3000${from}` }) } : {},
  })
  const owner = created.ownerSite
  return typeof owner === 'object' && owner !== null ? owner.id : owner
}

const idOf = (site: Site) => site.id

describe('a new record’s owner site', () => {
  it('is the site of the campaign the editor came from', async () => {
    expect(await ownerSiteOf(editorAB, `/admin/collections/campaigns/${campaignOfB}`)).toBe(
      idOf(t.world.siteB),
    )
  })

  it('is the site the list the editor came from is filtered by', async () => {
    const list = `/admin/collections/media?where[or][0][and][0][ownerSite][equals]=${t.world.siteB.id}`
    expect(await ownerSiteOf(editorAB, list)).toBe(idOf(t.world.siteB))
  })

  it('is the editor’s first site when they came from nowhere in particular', async () => {
    expect(await ownerSiteOf(editorAB)).toBe(idOf(t.world.siteA))
    expect(await ownerSiteOf(editorAB, '/admin/collections/documents')).toBe(idOf(t.world.siteA))
  })

  it('is an editor’s only site, whatever campaign the address names', async () => {
    expect(await ownerSiteOf(t.world.editorA, `/admin/collections/campaigns/${campaignOfB}`)).toBe(
      idOf(t.world.siteA),
    )
    expect(await ownerSiteOf(t.world.editorA, '/admin/collections/campaigns/not-an-id')).toBe(
      idOf(t.world.siteA),
    )
  })
})
