// A site, file or document still in use cannot be deleted: the error says where it is used, in
// the editor's language, and nothing that points at it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import { startApiServer } from './helpers/httpServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
})

afterAll(async () => {
  await api.close()
})

const asAdmin = () => ({ user: t.world.admin, overrideAccess: false }) as const

const uploadPdf = (name: string) => {
  const data = samplePdf([name])
  return t.payload.create({
    collection: 'media',
    data: { title: name },
    file: { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length },
  })
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { status?: number; message?: string }) => ({
      status: error.status,
      message: error.message,
    }),
  )

describe('deleting what is still in use', () => {
  it('a site used by a campaign and a user is kept, with where it is used', async () => {
    const site = await t.payload.create({
      collection: 'sites',
      data: {
        name: 'Sở tạm',
        slug: `so-tam-${Date.now()}`,
        timeZone: 'Asia/Ho_Chi_Minh',
        defaultLocale: 'vi',
      },
    })
    const campaign = await t.payload.create({
      collection: 'campaigns',
      data: editionData(site, { sites: [site.id, t.world.siteA.id] }),
    })
    const editor = await t.payload.create({
      collection: 'users',
      data: {
        email: `tam-${Date.now()}@example.com`,
        password: 'x-long-enough',
        role: 'editor',
        sites: [site.id],
      },
    })
    const refused = await rejection(
      t.payload.delete({ collection: 'sites', id: site.id, ...asAdmin() }),
    )
    expect(refused).toEqual({
      status: 409,
      message:
        'Không thể xóa vì vẫn đang được dùng ở: 1 chiến dịch, 1 người dùng. Hãy gỡ các liên kết đó trước.',
    })
    const kept = await t.payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })
    expect(kept.sites.map(String)).toEqual([site.id, t.world.siteA.id].map(String))
    // Once nothing uses it, it goes.
    await t.payload.delete({ collection: 'campaigns', id: campaign.id })
    await t.payload.delete({ collection: 'users', id: editor.id })
    await t.payload.delete({ collection: 'sites', id: site.id, ...asAdmin() })
    expect(
      await t.payload.count({ collection: 'sites', where: { id: { equals: site.id } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('a file attached to a campaign or behind a document is kept, in the editor’s language', async () => {
    const plan = await uploadPdf('ke-hoach')
    const scan = await uploadPdf('cong-van')
    const document = await t.payload.create({
      collection: 'documents',
      data: { number: '2768/SLĐTBXH-BTXHTEBĐG', type: 'cong-van', file: scan.id },
    })
    const campaign = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { attachments: [plan.id], documents: [document.id] }),
    })
    // Over REST, as the admin deletes, for an admin whose language is English.
    const token = await api.login(t.world.admin.email, passwordOf(t.world.admin))
    const response = await fetch(`${api.origin}/api/media/${plan.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    })
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({
      errors: [
        {
          message:
            'This cannot be deleted while it is still used by: 1 campaigns. Remove those links first.',
        },
      ],
    })
    expect(
      (await rejection(t.payload.delete({ collection: 'media', id: scan.id, ...asAdmin() })))
        ?.message,
    ).toMatch(/1 văn bản/)
    expect(
      (
        await rejection(
          t.payload.delete({ collection: 'documents', id: document.id, ...asAdmin() }),
        )
      )?.message,
    ).toMatch(/1 chiến dịch/)
    const kept = await t.payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })
    expect(kept.attachments?.map(String)).toEqual([String(plan.id)])
    expect(kept.documents?.map(String)).toEqual([String(document.id)])
    await t.payload.delete({ collection: 'campaigns', id: campaign.id })
    await t.payload.delete({ collection: 'documents', id: document.id })
    await t.payload.delete({ collection: 'media', where: { id: { in: [plan.id, scan.id] } } })
    expect(
      await t.payload.count({ collection: 'media', where: { id: { in: [plan.id, scan.id] } } }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it('a document or file used only by a draft or by a saved version is kept too', async () => {
    const plan = await uploadPdf('ke-hoach-nhap')
    const document = await t.payload.create({
      collection: 'documents',
      data: { number: '15/KH-SKHCN', type: 'ke-hoach' },
    })
    // Published without them; a newer draft attaches both.
    const campaign = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { attachments: [plan.id], documents: [document.id] },
      draft: true,
    })
    for (const [collection, id] of [
      ['media', plan.id],
      ['documents', document.id],
    ] as const) {
      expect(await rejection(t.payload.delete({ collection, id, ...asAdmin() }))).toEqual({
        status: 409,
        message: expect.stringMatching(/vẫn đang được dùng ở: 1 chiến dịch/),
      })
    }
    // The draft drops them again: only a saved version still holds them, which can be restored.
    await t.payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { attachments: [], documents: [] },
      draft: true,
    })
    expect(
      (await rejection(t.payload.delete({ collection: 'media', id: plan.id, ...asAdmin() })))
        ?.status,
    ).toBe(409)
    await t.payload.delete({ collection: 'campaigns', id: campaign.id })
    await t.payload.delete({ collection: 'documents', id: document.id, ...asAdmin() })
    await t.payload.delete({ collection: 'media', id: plan.id, ...asAdmin() })
  })
})
