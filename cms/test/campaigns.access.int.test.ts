import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'
import type { World } from './helpers/world'
import { cleanupWorld, editionData, makeWorld } from './helpers/world'

let env: TestPayload
let payload: Payload
let world: World

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
  world = await makeWorld(payload)
})

afterAll(async () => {
  await cleanupWorld(payload, world)
  await env.cleanup()
})

const publishedAndDraft = async () => {
  const published = await payload.create({
    collection: 'campaigns',
    data: editionData(world.siteA, { title: 'Bản đã xuất bản' }),
  })
  const draft = await payload.create({
    collection: 'campaigns',
    data: editionData(world.siteA, { title: 'Bản nháp bí mật', _status: 'draft' }),
    draft: true,
  })
  return { published, draft }
}

describe('anonymous readers', () => {
  it('find only published campaigns', async () => {
    const { published, draft } = await publishedAndDraft()
    const { docs } = await payload.find({
      collection: 'campaigns',
      overrideAccess: false,
      limit: 100,
    })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).toContain(String(published.id))
    expect(ids).not.toContain(String(draft.id))
  })

  it('cannot open a draft by id, even asking for drafts', async () => {
    const { draft } = await publishedAndDraft()
    await expect(
      payload.findByID({
        collection: 'campaigns',
        id: draft.id,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow()
  })

  it('see the published text, not a newer draft of a published edition', async () => {
    const { published } = await publishedAndDraft()
    await payload.update({
      collection: 'campaigns',
      id: published.id,
      data: { theme: 'Chủ đề nháp chưa công bố' },
      draft: true,
    })
    const read = await payload.findByID({
      collection: 'campaigns',
      id: published.id,
      overrideAccess: false,
      draft: true,
    })
    expect(read.theme).not.toBe('Chủ đề nháp chưa công bố')
    const listed = await payload.find({
      collection: 'campaigns',
      overrideAccess: false,
      draft: true,
      where: { theme: { equals: 'Chủ đề nháp chưa công bố' } },
    })
    expect(listed.totalDocs).toBe(0)
  })

  it('cannot read versions', async () => {
    await expect(
      payload.findVersions({ collection: 'campaigns', overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('cannot create, update or delete', async () => {
    const { published } = await publishedAndDraft()
    await expect(
      payload.create({
        collection: 'campaigns',
        data: editionData(world.siteA),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'campaigns',
        id: published.id,
        data: { theme: 'x' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'campaigns', id: published.id, overrideAccess: false }),
    ).rejects.toThrow()
  })
})

describe('editors', () => {
  it('create, read, update and delete the campaigns of their site', async () => {
    const user = world.editorA
    const created = await payload.create({
      collection: 'campaigns',
      data: editionData(world.siteA, { _status: 'draft' }),
      draft: true,
      user,
      overrideAccess: false,
    })
    const read = await payload.findByID({
      collection: 'campaigns',
      id: created.id,
      draft: true,
      user,
      overrideAccess: false,
    })
    expect(read.id).toEqual(created.id)
    const updated = await payload.update({
      collection: 'campaigns',
      id: created.id,
      data: { theme: 'Chủ đề mới' },
      user,
      overrideAccess: false,
    })
    expect(updated.theme).toBe('Chủ đề mới')
    await payload.delete({ collection: 'campaigns', id: created.id, user, overrideAccess: false })
    const gone = await payload.find({
      collection: 'campaigns',
      where: { id: { equals: created.id } },
    })
    expect(gone.totalDocs).toBe(0)
  })

  it('read their own versions', async () => {
    const { published } = await publishedAndDraft()
    const versions = await payload.findVersions({
      collection: 'campaigns',
      where: { parent: { equals: published.id } },
      user: world.editorA,
      overrideAccess: false,
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('of site B cannot read the drafts of site A', async () => {
    const { draft, published } = await publishedAndDraft()
    const { docs } = await payload.find({
      collection: 'campaigns',
      draft: true,
      user: world.editorB,
      overrideAccess: false,
      limit: 100,
    })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).not.toContain(String(draft.id))
    expect(ids).not.toContain(String(published.id))
    await expect(
      payload.findByID({
        collection: 'campaigns',
        id: draft.id,
        draft: true,
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('of site B cannot change or delete a campaign of site A', async () => {
    const { published } = await publishedAndDraft()
    await expect(
      payload.update({
        collection: 'campaigns',
        id: published.id,
        data: { theme: 'Sửa trái phép' },
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({
        collection: 'campaigns',
        id: published.id,
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'campaigns', id: published.id })
    expect(unchanged.theme).not.toBe('Sửa trái phép')
  })

  it('of site B cannot read site B versions of site A campaigns', async () => {
    const { published } = await publishedAndDraft()
    const versions = await payload.findVersions({
      collection: 'campaigns',
      where: { parent: { equals: published.id } },
      user: world.editorB,
      overrideAccess: false,
    })
    expect(versions.totalDocs).toBe(0)
  })

  it('cannot put a campaign on a site they do not manage', async () => {
    await expect(
      payload.create({
        collection: 'campaigns',
        data: editionData(world.siteB),
        user: world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'sites' })] } })
  })

  it('cannot remove another site from a shared campaign', async () => {
    const shared = await payload.create({
      collection: 'campaigns',
      data: editionData(world.siteA, { sites: [world.siteA.id, world.siteB.id] }),
    })
    await expect(
      payload.update({
        collection: 'campaigns',
        id: shared.id,
        data: { sites: [world.siteA.id] },
        user: world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'sites' })] } })
    const after = await payload.findByID({ collection: 'campaigns', id: shared.id, depth: 0 })
    expect(after.sites.map(String)).toEqual([world.siteA.id, world.siteB.id].map(String))
  })
})

describe('admins', () => {
  it('read drafts of every site and change any campaign', async () => {
    const { draft } = await publishedAndDraft()
    const read = await payload.findByID({
      collection: 'campaigns',
      id: draft.id,
      draft: true,
      user: world.admin,
      overrideAccess: false,
    })
    expect(read.title).toBe('Bản nháp bí mật')
    const moved = await payload.update({
      collection: 'campaigns',
      id: draft.id,
      data: { sites: [world.siteB.id] },
      draft: true,
      user: world.admin,
      overrideAccess: false,
    })
    expect(moved.sites.map((site) => (typeof site === 'object' ? site.id : site))).toEqual([
      world.siteB.id,
    ])
  })
})
