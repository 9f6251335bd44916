// A small world of two sites, their editors and an admin, made through the Local API.
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Campaign, Site, User } from '../../src/payload-types'
import type { TestPayload } from './testPayload'
import { startTestPayload } from './testPayload'

export interface World {
  siteA: Site
  siteB: Site
  admin: User
  editorA: User
  editorB: User
}

const unique = () => randomBytes(3).toString('hex')

/** Test accounts' passwords derive from their email, so HTTP tests can log in. */
export const passwordOf = (user: { email: string }): string => `pw-${user.email}`

export const makeWorld = async (payload: Payload): Promise<World> => {
  const tag = unique()
  const site = (name: string) =>
    payload.create({
      collection: 'sites',
      data: {
        name: `Site ${name}`,
        slug: `site-${name}-${tag}`,
        timeZone: 'Asia/Ho_Chi_Minh',
        defaultLocale: 'vi',
      },
    })
  const siteA = await site('a')
  const siteB = await site('b')
  // Local API calls act as `user`; Payload tells auth collections apart by `collection`.
  const user = async (name: string, role: User['role'], sites: Site[]): Promise<User> => ({
    ...(await payload.create({
      collection: 'users',
      data: {
        email: `${name}-${tag}@example.com`,
        password: passwordOf({ email: `${name}-${tag}@example.com` }),
        role,
        sites: sites.map((s) => s.id),
      },
    })),
    collection: 'users',
  })
  return {
    siteA,
    siteB,
    admin: await user('admin', 'admin', []),
    editorA: await user('editor-a', 'editor', [siteA]),
    editorB: await user('editor-b', 'editor', [siteB]),
  }
}

type CampaignInput = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>

/** A complete, publishable edition for `site`; override any field. */
export const editionData = (site: Site, overrides: Partial<CampaignInput> = {}): CampaignInput => ({
  seriesName: 'Tháng hành động vì bình đẳng giới',
  title: `Tháng hành động ${unique()}`,
  slug: `thang-hanh-dong-${unique()}`,
  theme: 'Chấm dứt bạo lực đối với phụ nữ và trẻ em',
  year: 2025,
  messages: [{ text: 'Bình đẳng giới là chìa khóa để xóa bỏ bạo lực trên cơ sở giới.' }],
  campaignWindow: { start: '2025-11-15', end: '2025-12-15' },
  sites: [site.id],
  _status: 'published',
  ...overrides,
})

export const cleanupWorld = async (payload: Payload, world: World): Promise<void> => {
  await payload.delete({ collection: 'campaigns', where: { id: { exists: true } } })
  await payload.delete({
    collection: 'users',
    where: { id: { in: [world.admin.id, world.editorA.id, world.editorB.id] } },
  })
  await payload.delete({
    collection: 'sites',
    where: { id: { in: [world.siteA.id, world.siteB.id] } },
  })
}

export interface WorldContext {
  payload: Payload
  world: World
}

/**
 * Boots Payload on the test file's own database and makes a world before the file's tests, and
 * removes both after them. Read `payload` and `world` off the returned object inside tests.
 */
export const useWorld = (): WorldContext => {
  const context = {} as WorldContext & { env: TestPayload }
  beforeAll(async () => {
    context.env = await startTestPayload()
    context.payload = context.env.payload
    context.world = await makeWorld(context.payload)
  })
  afterAll(async () => {
    await cleanupWorld(context.payload, context.world)
    await context.env.cleanup()
  })
  return context
}
