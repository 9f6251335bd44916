import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { samplePdf } from '../src/seed/samplePdf'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'
import type { World } from './helpers/world'
import { cleanupWorld, makeWorld } from './helpers/world'

let env: TestPayload
let payload: Payload
let world: World

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
  world = await makeWorld(payload)
})

afterAll(async () => {
  await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await payload.delete({ collection: 'media', where: { id: { exists: true } } })
  await cleanupWorld(payload, world)
  await env.cleanup()
})

const pdf = (name: string) => {
  const data = samplePdf([name])
  return { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }
}

describe('users', () => {
  it('are invisible to anonymous readers', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('an editor sees only their own account', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      user: world.editorA,
      overrideAccess: false,
    })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(world.editorA.id)])
  })

  it('an editor cannot promote themselves or take another site', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: world.editorA.id,
      data: { role: 'admin', sites: [world.siteA.id, world.siteB.id], name: 'Chị A' },
      user: world.editorA,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Chị A')
    expect(updated.role).toBe('editor')
    expect(
      (updated.sites ?? []).map((site) => (typeof site === 'object' ? site.id : site)),
    ).toEqual([world.siteA.id])
  })

  it('only admins create users and unlock accounts', async () => {
    const data = { email: 'new-user@example.com', password: 'pw-new-user', role: 'editor' as const }
    await expect(
      payload.create({ collection: 'users', data, user: world.editorA, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.unlock({
        collection: 'users',
        data: { email: world.editorB.email, password: '' },
        req: { user: world.editorA },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const created = await payload.create({
      collection: 'users',
      data,
      user: world.admin,
      overrideAccess: false,
    })
    expect(created.email).toBe(data.email)
    await payload.delete({ collection: 'users', id: created.id })
  })
})

describe('sites', () => {
  it('are hidden from anonymous readers', async () => {
    await expect(payload.find({ collection: 'sites', overrideAccess: false })).rejects.toThrow()
  })

  it('an editor sees only the sites they manage and cannot change them', async () => {
    const { docs } = await payload.find({
      collection: 'sites',
      user: world.editorA,
      overrideAccess: false,
    })
    expect(docs.map((doc) => String(doc.id))).toEqual([String(world.siteA.id)])
    await expect(
      payload.update({
        collection: 'sites',
        id: world.siteA.id,
        data: { name: 'Đổi tên' },
        user: world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('admins manage sites', async () => {
    const updated = await payload.update({
      collection: 'sites',
      id: world.siteB.id,
      data: { name: 'Site B (renamed)' },
      user: world.admin,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Site B (renamed)')
  })
})

describe('documents', () => {
  it('are public records, created by editors for their own site', async () => {
    const created = await payload.create({
      collection: 'documents',
      data: { number: '10909/KH-UBND', type: 'ke-hoach' },
      user: world.editorA,
      overrideAccess: false,
      depth: 0,
    })
    expect(String(created.ownerSite)).toBe(String(world.siteA.id))
    const anonymous = await payload.findByID({
      collection: 'documents',
      id: created.id,
      overrideAccess: false,
    })
    expect(anonymous.number).toBe('10909/KH-UBND')
    await expect(
      payload.create({
        collection: 'documents',
        data: { number: '1/KH-UBND', type: 'ke-hoach' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('another site’s editor cannot change or delete them', async () => {
    const created = await payload.create({
      collection: 'documents',
      data: { number: '2768/SLĐTBXH-BTXHTEBĐG', type: 'cong-van', ownerSite: world.siteA.id },
    })
    await expect(
      payload.update({
        collection: 'documents',
        id: created.id,
        data: { issuer: 'Khác' },
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({
        collection: 'documents',
        id: created.id,
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const updated = await payload.update({
      collection: 'documents',
      id: created.id,
      data: { issuer: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa' },
      user: world.editorA,
      overrideAccess: false,
    })
    expect(updated.issuer).toBe('Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa')
  })

  it('shared national documents are changed by admins only', async () => {
    const shared = await payload.create({
      collection: 'documents',
      data: { number: '8935/BNV-CTTN&BĐG', type: 'cong-van' },
    })
    await expect(
      payload.update({
        collection: 'documents',
        id: shared.id,
        data: { issuer: 'x' },
        user: world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const updated = await payload.update({
      collection: 'documents',
      id: shared.id,
      data: { issuer: 'Bộ Nội vụ' },
      user: world.admin,
      overrideAccess: false,
    })
    expect(updated.issuer).toBe('Bộ Nội vụ')
  })
})

describe('media', () => {
  it('editors upload for their site; visitors can read; other sites cannot delete', async () => {
    const created = await payload.create({
      collection: 'media',
      data: { title: 'Kế hoạch' },
      file: pdf('ke-hoach'),
      user: world.editorA,
      overrideAccess: false,
    })
    expect(created.mimeType).toBe('application/pdf')
    expect(created.filesize).toBeGreaterThan(0)
    const anonymous = await payload.findByID({
      collection: 'media',
      id: created.id,
      overrideAccess: false,
    })
    expect(anonymous.title).toBe('Kế hoạch')
    await expect(
      payload.delete({
        collection: 'media',
        id: created.id,
        user: world.editorB,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'media',
        data: { title: 'Ẩn danh' },
        file: pdf('an-danh'),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
