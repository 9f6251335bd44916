import { afterAll, describe, expect, it } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()

afterAll(async () => {
  await t.payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await t.payload.delete({ collection: 'media', where: { id: { exists: true } } })
})

const pdf = (name: string) => {
  const data = samplePdf([name])
  return { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }
}

describe('users', () => {
  it('are invisible to anonymous readers', async () => {
    await expect(t.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('an editor sees only their own account', async () => {
    const { docs } = await t.payload.find({
      collection: 'users',
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(t.world.editorA.id)])
  })

  it('an editor cannot promote themselves or take another site', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: t.world.editorA.id,
      data: { role: 'admin', sites: [t.world.siteA.id, t.world.siteB.id], name: 'Chị A' },
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Chị A')
    expect(updated.role).toBe('editor')
    expect(
      (updated.sites ?? []).map((site) => (typeof site === 'object' ? site.id : site)),
    ).toEqual([t.world.siteA.id])
  })

  it('only admins create users and unlock accounts', async () => {
    const data = { email: 'new-user@example.com', password: 'pw-new-user', role: 'editor' as const }
    await expect(
      t.payload.create({ collection: 'users', data, user: t.world.editorA, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      t.payload.unlock({
        collection: 'users',
        data: { email: t.world.editorB.email, password: '' },
        req: { user: t.world.editorA },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const created = await t.payload.create({
      collection: 'users',
      data,
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(created.email).toBe(data.email)
    await t.payload.delete({ collection: 'users', id: created.id })
  })
})

describe('sites', () => {
  it('are hidden from anonymous readers', async () => {
    await expect(t.payload.find({ collection: 'sites', overrideAccess: false })).rejects.toThrow()
  })

  it('an editor sees only the sites they manage and cannot change them', async () => {
    const { docs } = await t.payload.find({
      collection: 'sites',
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(t.world.siteA.id)])
    await expect(
      t.payload.update({
        collection: 'sites',
        id: t.world.siteA.id,
        data: { name: 'Đổi tên' },
        user: t.world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('admins manage sites', async () => {
    const updated = await t.payload.update({
      collection: 'sites',
      id: t.world.siteB.id,
      data: { name: 'Site B (renamed)' },
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Site B (renamed)')
  })
})

describe('documents', () => {
  it('are created by editors for their own site', async () => {
    const created = await t.payload.create({
      collection: 'documents',
      data: { number: '10909/KH-UBND', type: 'ke-hoach' },
      user: t.world.editorA,
      overrideAccess: false,
      depth: 0,
    })
    expect(String(created.ownerSite)).toBe(String(t.world.siteA.id))
    await expect(
      t.payload.create({
        collection: 'documents',
        data: { number: '1/KH-UBND', type: 'ke-hoach' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('another site’s editor cannot change or delete them', async () => {
    const created = await t.payload.create({
      collection: 'documents',
      data: { number: '2768/SLĐTBXH-BTXHTEBĐG', type: 'cong-van', ownerSite: t.world.siteA.id },
    })
    await expect(
      t.payload.update({
        collection: 'documents',
        id: created.id,
        data: { issuer: 'Khác' },
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.delete({
        collection: 'documents',
        id: created.id,
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const updated = await t.payload.update({
      collection: 'documents',
      id: created.id,
      data: { issuer: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa' },
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(updated.issuer).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa')
  })

  it('shared national documents are changed by admins only', async () => {
    const shared = await t.payload.create({
      collection: 'documents',
      data: { number: '8935/BNV-CTTN&BĐG', type: 'cong-van' },
    })
    await expect(
      t.payload.update({
        collection: 'documents',
        id: shared.id,
        data: { issuer: 'x' },
        user: t.world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const updated = await t.payload.update({
      collection: 'documents',
      id: shared.id,
      data: { issuer: 'Bộ Nội vụ' },
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(updated.issuer).toBe('Bộ Nội vụ')
  })
})

describe('who reads documents and files: public once a published campaign uses them', () => {
  const idsSeenBy = async (
    collection: 'documents' | 'media',
    user?: (typeof t.world)['editorA'],
  ): Promise<string[]> => {
    const { docs } = await t.payload.find({
      collection,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      ...(user ? { user } : {}),
    })
    return docs.map((doc) => String(doc.id))
  }

  it('a site’s plan and its document stay private until a published campaign uses them', async () => {
    const plan = await t.payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch chưa công bố' },
      file: pdf('ke-hoach-chua-cong-bo'),
      user: t.world.editorA,
      overrideAccess: false,
    })
    const scan = await t.payload.create({
      collection: 'media',
      data: { title: 'Bản quét' },
      file: pdf('ban-quet'),
      user: t.world.editorA,
      overrideAccess: false,
    })
    const document = await t.payload.create({
      collection: 'documents',
      data: { number: '20/KH-SKHCN', type: 'ke-hoach', file: scan.id },
      user: t.world.editorA,
      overrideAccess: false,
    })
    const campaign = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        _status: 'draft',
        attachments: [plan.id],
        documents: [document.id],
      }),
      draft: true,
    })
    const hidden = [String(plan.id), String(scan.id)]
    // A draft uses them: anonymous readers and the other site's editor see neither.
    expect(await idsSeenBy('media')).not.toEqual(expect.arrayContaining([hidden[0]]))
    expect(await idsSeenBy('media')).not.toEqual(expect.arrayContaining([hidden[1]]))
    expect(await idsSeenBy('documents')).not.toContain(String(document.id))
    expect(await idsSeenBy('media', t.world.editorB)).not.toContain(String(plan.id))
    expect(await idsSeenBy('documents', t.world.editorB)).not.toContain(String(document.id))
    await expect(
      t.payload.findByID({ collection: 'media', id: plan.id, overrideAccess: false }),
    ).rejects.toThrow()
    // Their own site's editor and admins see them.
    expect(await idsSeenBy('media', t.world.editorA)).toEqual(expect.arrayContaining(hidden))
    expect(await idsSeenBy('documents', t.world.admin)).toContain(String(document.id))
    // Published: public, the document's file too.
    await t.payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { _status: 'published' },
    })
    expect(await idsSeenBy('media')).toEqual(expect.arrayContaining(hidden))
    expect(await idsSeenBy('documents')).toContain(String(document.id))
    expect(await idsSeenBy('media', t.world.editorB)).toContain(String(plan.id))
    // Unpublished again: private again.
    await t.payload.update({ collection: 'campaigns', id: campaign.id, data: { _status: 'draft' } })
    expect(await idsSeenBy('media')).not.toContain(String(plan.id))
    await t.payload.delete({ collection: 'campaigns', id: campaign.id })
  })

  it('records an admin leaves without an owner site are national: public at once', async () => {
    const national = await t.payload.create({
      collection: 'documents',
      data: { number: '1/2025/NĐ-CP', type: 'nghi-dinh' },
      user: t.world.admin,
      overrideAccess: false,
    })
    expect(await idsSeenBy('documents')).toContain(String(national.id))
    expect(await idsSeenBy('documents', t.world.editorB)).toContain(String(national.id))
  })
})

describe('media', () => {
  it('editors upload for their site; other sites cannot delete', async () => {
    const created = await t.payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch' },
      file: pdf('ke-hoach'),
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(created.mimeType).toBe('application/pdf')
    expect(created.filesize).toBeGreaterThan(0)
    await expect(
      t.payload.delete({
        collection: 'media',
        id: created.id,
        user: t.world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.create({
        collection: 'media',
        data: { title: 'Ẩn danh' },
        file: pdf('an-danh'),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
