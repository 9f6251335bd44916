// The campaign's document picker and the documents list search Payload's way (`number like …`
// over REST): a number typed as printed, normalised, without Đ or with look-alike letters finds
// the record, past the first page, and only among the records the caller may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from './helpers/httpServer'
import { passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
const tokens: Record<'editorA' | 'editorB', string> = { editorA: '', editorB: '' }

const NUMBER = '2768/SLĐTBXH-BTXHTEBĐG'

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  for (const role of ['editorA', 'editorB'] as const) {
    tokens[role] = await api.login(t.world[role].email, passwordOf(t.world[role]))
  }
  // More than the picker's first page (10), the one sought created first so it sorts last.
  await t.payload.create({
    collection: 'documents',
    data: { number: NUMBER, type: 'cong-van', ownerSite: t.world.siteA.id },
  })
  for (let index = 1; index <= 11; index += 1) {
    await t.payload.create({
      collection: 'documents',
      data: { number: `${100 + index}/KH-UBND`, type: 'ke-hoach', ownerSite: t.world.siteA.id },
    })
  }
})

afterAll(async () => {
  await t.payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await api.close()
})

/** The numbers a REST search answers, as the admin's picker and list drawer ask it. */
const search = async (role: keyof typeof tokens, query: string): Promise<string[]> => {
  const response = await fetch(`${api.origin}/api/documents?${query}&depth=0&limit=10`, {
    headers: { authorization: `JWT ${tokens[role]}` },
  })
  expect(response.status).toBe(200)
  const { docs } = (await response.json()) as { docs: Array<{ number: string }> }
  return docs.map((doc) => doc.number)
}

/** The relationship picker: `where[and][…][number][like]=<typed>`. */
const pickerQuery = (typed: string) =>
  `where[and][0][id][not_in][0]=0&where[and][1][number][like]=${encodeURIComponent(typed)}`

/** The list (and the picker's list drawer): the search box over every searchable field. */
const listQuery = (typed: string) =>
  ['number', 'issuer', 'summary']
    .map((field, index) => `where[or][${index}][${field}][like]=${encodeURIComponent(typed)}`)
    .join('&')

describe('searching documents by number', () => {
  it('lists the first page only without a search', async () => {
    const numbers = await search('editorA', 'sort=-createdAt')
    expect(numbers).toHaveLength(10)
    expect(numbers).not.toContain(NUMBER)
  })

  it.each([
    ['as printed', NUMBER],
    ['without Đ', '2768/SLDTBXH'],
    ['spaced and in lower case', '2768 / sldtbxh-btxhtebdg'],
    ['with Cyrillic look-alikes', '2768/SLĐТВХН-ВТХНТЕВĐG'],
    ['with the hyphen lost', '2768/SLĐTBXHBTXHTEBĐG'],
  ])('finds the number typed %s, from the picker and the list', async (_, typed) => {
    expect(await search('editorA', pickerQuery(typed))).toEqual([NUMBER])
    expect(await search('editorA', listQuery(typed))).toEqual([NUMBER])
  })

  it('still finds by a plain part of the number', async () => {
    expect(await search('editorA', pickerQuery('111/KH'))).toEqual(['111/KH-UBND'])
  })

  it('finds nothing another site owns', async () => {
    expect(await search('editorB', pickerQuery('2768/SLDTBXH'))).toEqual([])
    expect(await search('editorB', listQuery('2768 / sldtbxh-btxhtebdg'))).toEqual([])
  })
})
