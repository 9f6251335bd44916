import { describe, expect, it } from 'vitest'

import type { FieldShape } from './fieldData'
import { hasLocaleValues, localeData, remapIds, storedData } from './fieldData'

const fields: FieldShape[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'year', type: 'number' },
  { name: 'phase', type: 'text', virtual: true },
  { name: 'sites', type: 'relationship', relationTo: 'sites', hasMany: true },
  { name: 'bannerImage', type: 'upload', relationTo: 'media' },
  { name: 'link', type: 'relationship', relationTo: ['documents', 'media'] },
  {
    name: 'messages',
    type: 'array',
    flattenedFields: [
      { name: 'id', type: 'text' },
      { name: 'text', type: 'textarea', localized: true },
    ],
  },
  { name: 'window', type: 'group', flattenedFields: [{ name: 'start', type: 'date' }] },
  { name: 'introduction', type: 'richText', localized: true },
]

const doc = {
  id: 7,
  title: { vi: 'Tháng hành động', en: 'Month of Action' },
  year: 2021,
  phase: 'live',
  sites: [1, 2],
  bannerImage: 3,
  link: { relationTo: 'documents', value: 4 },
  messages: [{ id: 'r1', text: { vi: 'Bình đẳng', en: 'Equality' } }],
  window: { start: '2021-11-15' },
  introduction: {
    vi: { root: { children: [{ type: 'upload', relationTo: 'media', value: 3 }] } },
    en: null,
  },
}

describe('a document along its fields', () => {
  it('keeps only stored fields', () => {
    expect(storedData(fields, doc)).not.toHaveProperty('phase')
    expect(storedData(fields, doc).title).toEqual(doc.title)
  })

  it('gives one locale’s values, nested in arrays too, with row ids kept', () => {
    const en = localeData(fields, doc, 'en')
    expect(en.title).toBe('Month of Action')
    expect(en.messages).toEqual([{ id: 'r1', text: 'Equality' }])
    expect(en.year).toBe(2021)
    expect(en.introduction).toBeNull()
    expect(localeData(fields, { title: { vi: 'Chỉ tiếng Việt' } }, 'en')).toEqual({})
  })

  it('maps every reference to its new id, in each locale, strings and numbers alike', () => {
    const ids: Record<string, Record<string, string>> = {
      sites: { '1': 'a1', '2': 'a2' },
      media: { '3': 'm3' },
      documents: { '4': 'd4' },
    }
    const remapped = remapIds(fields, doc, (collection, id) => ids[collection]?.[String(id)])
    expect(remapped.sites).toEqual(['a1', 'a2'])
    expect(remapped.bannerImage).toBe('m3')
    expect(remapped.link).toEqual({ relationTo: 'documents', value: 'd4' })
    expect(remapped.introduction).toEqual({
      vi: { root: { children: [{ type: 'upload', relationTo: 'media', value: 'm3' }] } },
      en: null,
    })
    expect(remapped.id).toBe(7)
  })

  it('drops a reference it cannot map (a single one becomes null)', () => {
    const remapped = remapIds(fields, doc, (collection, id) =>
      collection === 'sites' && id === 1 ? 10 : undefined,
    )
    expect(remapped.sites).toEqual([10])
    expect(remapped.bannerImage).toBeNull()
  })
})

describe('whether a locale was written', () => {
  it('finds values in top-level and nested localized fields, not nulls', () => {
    expect(hasLocaleValues(fields, doc, 'en')).toBe(true)
    expect(hasLocaleValues(fields, { title: { vi: 'x', en: null } }, 'en')).toBe(false)
    const nested = { messages: [{ id: 'r', text: { vi: 'a', en: 'b' } }] }
    expect(hasLocaleValues(fields, nested, 'en')).toBe(true)
    expect(hasLocaleValues(fields, nested, 'fr')).toBe(false)
  })
})
