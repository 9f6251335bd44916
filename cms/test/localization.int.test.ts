import { describe, expect, it } from 'vitest'

import { editionData, useWorld } from './helpers/world'

const t = useWorld()

describe('content locales: Vietnamese first, English second', () => {
  it('English falls back to Vietnamese where it is not translated', async () => {
    const created = await t.payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(t.world.siteA, { theme: 'Chủ đề tiếng Việt' }),
    })
    const english = await t.payload.findByID({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.theme).toBe('Chủ đề tiếng Việt')
    expect(english.messages?.[0]?.text).toBe(created.messages?.[0]?.text)
  })

  it('a translation is served in English and leaves Vietnamese untouched', async () => {
    const created = await t.payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(t.world.siteA, { theme: 'Chủ đề tiếng Việt' }),
    })
    await t.payload.update({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      data: {
        theme: 'English theme',
        messages: [{ id: created.messages?.[0]?.id, text: 'Equality first' }],
      },
      user: t.world.editorA,
      overrideAccess: false,
    })
    const read = (locale: 'vi' | 'en') =>
      t.payload.findByID({ collection: 'campaigns', id: created.id, locale, overrideAccess: false })
    const [vi, en] = [await read('vi'), await read('en')]
    expect(vi.theme).toBe('Chủ đề tiếng Việt')
    expect(en.theme).toBe('English theme')
    expect(vi.messages?.[0]?.text).toBe(created.messages?.[0]?.text)
    expect(en.messages?.[0]?.text).toBe('Equality first')
  })

  it('an English-only edit does not need every field translated', async () => {
    const created = await t.payload.create({
      collection: 'campaigns',
      locale: 'vi',
      data: editionData(t.world.siteA),
    })
    const updated = await t.payload.update({
      collection: 'campaigns',
      id: created.id,
      locale: 'en',
      data: { title: 'Action Month' },
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(updated.title).toBe('Action Month')
  })
})
