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

describe('content locales: Vietnamese first, English second', () => {
  it('English falls back to Vietnamese where it is not translated', async () => {
    const created = await payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(world.siteA, { theme: 'Chủ đề tiếng Việt' }),
    })
    const english = await payload.findByID({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.theme).toBe('Chủ đề tiếng Việt')
    expect(english.messages?.[0]?.text).toBe(created.messages?.[0]?.text)
  })

  it('a translation is served in English and leaves Vietnamese untouched', async () => {
    const created = await payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(world.siteA, { theme: 'Chủ đề tiếng Việt' }),
    })
    await payload.update({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      data: {
        theme: 'English theme',
        messages: [{ id: created.messages?.[0]?.id, text: 'Equality first' }],
      },
      user: world.editorA,
      overrideAccess: false,
    })
    const read = (locale: 'vi' | 'en') =>
      payload.findByID({ collection: 'campaigns', id: created.id, locale, overrideAccess: false })
    const [vi, en] = [await read('vi'), await read('en')]
    expect(vi.theme).toBe('Chủ đề tiếng Việt')
    expect(en.theme).toBe('English theme')
    expect(vi.messages?.[0]?.text).toBe(created.messages?.[0]?.text)
    expect(en.messages?.[0]?.text).toBe('Equality first')
  })

  it('an English-only edit does not need every field translated', async () => {
    const created = await payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(world.siteA),
    })
    const updated = await payload.update({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      data: { title: 'Action Month' },
      user: world.editorA,
      overrideAccess: false,
    })
    expect(updated.title).toBe('Action Month')
  })
})
