import { describe, expect, it } from 'vitest'

import type { Campaign } from '../src/payload-types'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()

const publishedAndDraft = async () => {
  const published = await t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, { title: 'Bản đã xuất bản' }),
  })
  const draft = await t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, { title: 'Bản nháp bí mật', _status: 'draft' }),
    draft: true,
  })
  return { published, draft }
}

describe('anonymous readers', () => {
  it('find only published campaigns', async () => {
    const { published, draft } = await publishedAndDraft()
    const { docs } = await t.payload.find({
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
      t.payload.findByID({
        collection: 'campaigns',
        id: draft.id,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow()
  })

  it('see the published text, not a newer draft of a published edition', async () => {
    const { published } = await publishedAndDraft()
    await t.payload.update({
      collection: 'campaigns',
      id: published.id,
      data: { theme: 'Chủ đề nháp chưa công bố' },
      draft: true,
    })
    const read = await t.payload.findByID({
      collection: 'campaigns',
      id: published.id,
      overrideAccess: false,
      draft: true,
    })
    expect(read.theme).not.toBe('Chủ đề nháp chưa công bố')
    const listed = await t.payload.find({
      collection: 'campaigns',
      overrideAccess: false,
      draft: true,
      where: { theme: { equals: 'Chủ đề nháp chưa công bố' } },
    })
    expect(listed.totalDocs).toBe(0)
  })

  it('cannot read versions', async () => {
    await expect(
      t.payload.findVersions({ collection: 'campaigns', overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('cannot create, update or delete', async () => {
    const { published } = await publishedAndDraft()
    await expect(
      t.payload.create({
        collection: 'campaigns',
        data: editionData(t.world.siteA),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.update({
        collection: 'campaigns',
        id: published.id,
        data: { theme: 'x' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.delete({ collection: 'campaigns', id: published.id, overrideAccess: false }),
    ).rejects.toThrow()
  })
})

describe('editors', () => {
  it('create, read, update and delete the campaigns of their site', async () => {
    const user = t.world.editorA
    const created = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { _status: 'draft' }),
      draft: true,
      user,
      overrideAccess: false,
    })
    const read = await t.payload.findByID({
      collection: 'campaigns',
      id: created.id,
      draft: true,
      user,
      overrideAccess: false,
    })
    expect(read.id).toEqual(created.id)
    const updated = await t.payload.update({
      collection: 'campaigns',
      id: created.id,
      data: { theme: 'Chủ đề mới' },
      user,
      overrideAccess: false,
    })
    expect(updated.theme).toBe('Chủ đề mới')
    await t.payload.delete({ collection: 'campaigns', id: created.id, user, overrideAccess: false })
    const gone = await t.payload.find({
      collection: 'campaigns',
      where: { id: { equals: created.id } },
    })
    expect(gone.totalDocs).toBe(0)
  })

  it('read their own versions', async () => {
    const { published } = await publishedAndDraft()
    const versions = await t.payload.findVersions({
      collection: 'campaigns',
      where: { parent: { equals: published.id } },
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('of site B cannot read the drafts of site A', async () => {
    const { draft, published } = await publishedAndDraft()
    const { docs } = await t.payload.find({
      collection: 'campaigns',
      draft: true,
      user: t.world.editorB,
      overrideAccess: false,
      limit: 100,
    })
    const ids = docs.map((doc) => String(doc.id))
    expect(ids).not.toContain(String(draft.id))
    expect(ids).not.toContain(String(published.id))
    await expect(
      t.payload.findByID({
        collection: 'campaigns',
        id: draft.id,
        draft: true,
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('of site B cannot change or delete a campaign of site A', async () => {
    const { published } = await publishedAndDraft()
    await expect(
      t.payload.update({
        collection: 'campaigns',
        id: published.id,
        data: { theme: 'Sửa trái phép' },
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.delete({
        collection: 'campaigns',
        id: published.id,
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const unchanged = await t.payload.findByID({ collection: 'campaigns', id: published.id })
    expect(unchanged.theme).not.toBe('Sửa trái phép')
  })

  it('of site B cannot read site B versions of site A campaigns', async () => {
    const { published } = await publishedAndDraft()
    const versions = await t.payload.findVersions({
      collection: 'campaigns',
      where: { parent: { equals: published.id } },
      user: t.world.editorB,
      overrideAccess: false,
    })
    expect(versions.totalDocs).toBe(0)
  })

  it('cannot put a campaign on a site they do not manage, and are not told its name', async () => {
    const refused = await t.payload
      .create({
        collection: 'campaigns',
        data: editionData(t.world.siteA, { sites: [t.world.siteA.id, t.world.siteB.id] }),
        user: t.world.editorA,
        overrideAccess: false,
      })
      .then(
        () => null,
        (error: { data?: { errors?: { path: string; message: string }[] } }) =>
          error.data?.errors?.map(({ path, message }) => ({ path, message })),
      )
    expect(refused).toEqual([
      { path: 'sites', message: 'Bạn chỉ có thể thêm hoặc gỡ các trang mình quản lý.' },
    ])
  })

  it('are not told the name of another site whose campaign already has the slug', async () => {
    const taken = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteB, { slug: 'trung-duong-dan' }),
    })
    const shared = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { sites: [t.world.siteA.id, t.world.siteB.id] }),
    })
    const refused = await t.payload
      .update({
        collection: 'campaigns',
        id: shared.id,
        data: { slug: 'trung-duong-dan' },
        user: t.world.editorA,
        overrideAccess: false,
      })
      .then(
        () => null,
        (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
      )
    expect(refused?.[0]?.path).toBe('slug')
    expect(refused?.[0]?.message).not.toContain(t.world.siteB.name)
    await t.payload.delete({
      collection: 'campaigns',
      where: { id: { in: [taken.id, shared.id] } },
    })
  })

  it('cannot remove another site from a shared campaign', async () => {
    const shared = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { sites: [t.world.siteA.id, t.world.siteB.id] }),
    })
    await expect(
      t.payload.update({
        collection: 'campaigns',
        id: shared.id,
        data: { sites: [t.world.siteA.id] },
        user: t.world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'sites' })] } })
    const after = await t.payload.findByID({ collection: 'campaigns', id: shared.id, depth: 0 })
    expect(after.sites.map(String)).toEqual([t.world.siteA.id, t.world.siteB.id].map(String))
  })

  it('can edit and publish a campaign shared with a site they do not manage, as the admin form sends it', async () => {
    const shared = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        sites: [t.world.siteA.id, t.world.siteB.id],
        _status: 'draft',
      }),
      draft: true,
    })
    // The admin form submits every field, the other site included.
    const stored = await t.payload.findByID({
      collection: 'campaigns',
      id: shared.id,
      depth: 0,
      draft: true,
    })
    const form = Object.fromEntries(
      Object.entries(stored).filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key)),
    )
    const published = await t.payload.update({
      collection: 'campaigns',
      id: shared.id,
      data: { ...form, theme: 'Chủ đề đã sửa', _status: 'published' },
      depth: 0,
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    expect(published.theme).toBe('Chủ đề đã sửa')
    expect(published.sites.map(String)).toEqual([t.world.siteA.id, t.world.siteB.id].map(String))
  })
})

describe('an editor creating a campaign, as the admin’s "Tạo mới" does (autosave: an empty draft at once)', () => {
  const editorOfBoth = async () => ({
    ...(await t.payload.create({
      collection: 'users',
      data: {
        email: `editor-ab-${Date.now()}@example.com`,
        password: 'pw-editor-ab',
        role: 'editor',
        sites: [t.world.siteB.id, t.world.siteA.id],
      },
    })),
    collection: 'users' as const,
  })

  it('gets a draft already on their first site, which they can open and update', async () => {
    const editor = await editorOfBoth()
    const draft = await t.payload.create({
      collection: 'campaigns',
      data: {},
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(draft.sites.map((site) => String(typeof site === 'object' ? site.id : site))).toEqual([
      String(t.world.siteB.id),
    ])
    const opened = await t.payload.findByID({
      collection: 'campaigns',
      id: draft.id,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(opened.id).toBe(draft.id)
    const renamed = await t.payload.update({
      collection: 'campaigns',
      id: draft.id,
      data: { title: 'Tháng hành động 2026', sites: [t.world.siteA.id] },
      draft: true,
      autosave: true,
      user: editor,
      overrideAccess: false,
    })
    expect(renamed.title).toBe('Tháng hành động 2026')
  })

  it('cannot leave a campaign that none of their sites shows', async () => {
    await expect(
      t.payload.create({
        collection: 'campaigns',
        data: { sites: [] },
        draft: true,
        user: t.world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'sites' })] } })
    const editorWithoutSites = {
      ...(await t.payload.create({
        collection: 'users',
        data: { email: `no-sites-${Date.now()}@example.com`, password: 'pw-none', role: 'editor' },
      })),
      collection: 'users' as const,
    }
    await expect(
      t.payload.create({
        collection: 'campaigns',
        data: {},
        draft: true,
        user: editorWithoutSites,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const { totalDocs } = await t.payload.count({
      collection: 'campaigns',
      where: { sites: { exists: false } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('deleting and cancelling across sites', () => {
  it('an editor cannot delete a campaign another site also shows; an admin can', async () => {
    const shared = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { sites: [t.world.siteA.id, t.world.siteB.id] }),
    })
    const refused = await t.payload
      .delete({
        collection: 'campaigns',
        id: shared.id,
        user: t.world.editorA,
        overrideAccess: false,
      })
      .then(
        () => null,
        (error: { status?: number; message?: string }) => [error.status, error.message],
      )
    // Refused without naming the other site: editors learn nothing of sites they do not manage.
    expect(refused).toEqual([
      403,
      'Chiến dịch này còn hiển thị trên một trang khác mà bạn không quản lý; chỉ quản trị viên mới xóa được.',
    ])
    expect(String(refused?.[1])).not.toContain(t.world.siteB.name)
    expect(
      await t.payload.count({ collection: 'campaigns', where: { id: { equals: shared.id } } }),
    ).toEqual({
      totalDocs: 1,
    })
    await t.payload.delete({
      collection: 'campaigns',
      id: shared.id,
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(
      await t.payload.count({ collection: 'campaigns', where: { id: { equals: shared.id } } }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it("an editor cannot cancel another site's scheduled publishing, only their own", async () => {
    const draftOf = async (site: typeof t.world.siteA) =>
      t.payload.create({
        collection: 'campaigns',
        data: editionData(site, { _status: 'draft' }),
        draft: true,
      })
    const schedule = async (campaignId: Campaign['id']) =>
      t.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'campaigns', value: campaignId } },
        waitUntil: new Date(Date.now() + 86_400_000),
      })
    const jobOfB = await schedule((await draftOf(t.world.siteB)).id)
    const jobOfA = await schedule((await draftOf(t.world.siteA)).id)
    // As the admin's cancel button does it: a delete with the editor's request, full rights.
    const cancel = (id: number | string, user: typeof t.world.editorA) =>
      t.payload.delete({
        collection: 'payload-jobs',
        where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
        user,
      })
    const attempt = await cancel(jobOfB.id, t.world.editorA)
    expect(attempt.docs).toHaveLength(0)
    expect(attempt.errors).toHaveLength(1)
    expect((await cancel(jobOfA.id, t.world.editorA)).docs).toHaveLength(1)
    const left = await t.payload.find({ collection: 'payload-jobs', depth: 0, limit: 0 })
    expect(left.docs.map((job) => String(job.id))).toEqual([String(jobOfB.id)])
    await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  })
})

describe('admins', () => {
  it('read drafts of every site and change any campaign', async () => {
    const { draft } = await publishedAndDraft()
    const read = await t.payload.findByID({
      collection: 'campaigns',
      id: draft.id,
      draft: true,
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(read.title).toBe('Bản nháp bí mật')
    const moved = await t.payload.update({
      collection: 'campaigns',
      id: draft.id,
      data: { sites: [t.world.siteB.id] },
      draft: true,
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(moved.sites.map((site) => (typeof site === 'object' ? site.id : site))).toEqual([
      t.world.siteB.id,
    ])
  })
})
