// Two editors with one campaign open, over real HTTP as the admin saves (the whole form, with the
// `updatedAt` it was loaded with; autosaves every two seconds): the later save never silently
// erases the earlier one's change, and the one editing keeps the document lock between autosaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '../src/payload-types'
import { startApiServer } from './helpers/httpServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
let first: string
let second: string
let secondId: number
/** The editor of site B: not a colleague on site A's campaigns. */
let outsider: string

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  const colleague = await t.payload.create({
    collection: 'users',
    data: {
      email: `colleague-${Date.now()}@example.com`,
      password: 'pw-colleague',
      role: 'editor',
      sites: [t.world.siteA.id],
    },
  })
  secondId = colleague.id
  first = await api.login(t.world.editorA.email, passwordOf(t.world.editorA))
  second = await api.login(colleague.email, 'pw-colleague')
  outsider = await api.login(t.world.editorB.email, passwordOf(t.world.editorB))
})

afterAll(async () => {
  await t.payload.delete({ collection: 'users', id: secondId })
  await api.close()
})

const published = () =>
  t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })

/** What the edit view loads: the newest draft, in Vietnamese. */
const open = async (id: number, token: string): Promise<Campaign> => {
  const response = await fetch(`${api.origin}/api/campaigns/${id}?depth=0&draft=true&locale=vi`, {
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Campaign
}

/**
 * The admin's save, the whole form: an autosave (every two seconds while typing), "Lưu bản nháp"
 * (a draft, by hand) or "Xuất bản" (publish).
 */
const save = async (form: Campaign, token: string, how: 'autosave' | 'draft' | 'publish') => {
  const query = {
    autosave: 'autosave=true&depth=0&draft=true&locale=vi',
    draft: 'depth=0&draft=true&locale=vi',
    publish: 'depth=0&locale=vi',
  }[how]
  const response = await fetch(`${api.origin}/api/campaigns/${form.id}?${query}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ ...form, _status: how === 'publish' ? 'published' : 'draft' }),
  })
  const body = (await response.json()) as { doc?: Campaign; errors?: Array<{ message: string }> }
  return { status: response.status, doc: body.doc, message: body.errors?.[0]?.message ?? '' }
}

const locksOn = (id: number) =>
  t.payload.find({
    collection: 'payload-locked-documents',
    where: { 'document.value': { equals: id } },
    depth: 0,
  })

describe('two editors save one campaign', () => {
  it("refuses the later save made from a form opened before the earlier one's save", async () => {
    const live = await published()
    const mine = await open(live.id, first)
    const theirs = await open(live.id, second)
    // Saved by hand as a draft: Payload drops the lock, nothing stops the colleague's form.
    expect(
      (await save({ ...mine, title: 'Tiêu đề của người thứ nhất' }, first, 'draft')).status,
    ).toBe(200)

    const late = await save({ ...theirs, theme: 'Chủ đề của người thứ hai' }, second, 'autosave')
    expect(late.status).toBe(409)
    expect(late.message).toMatch(
      /^Chiến dịch này đã được lưu lúc \d\d giờ \d\d ngày \d\d\/\d\d\/\d{4}, sau khi bạn mở nó/,
    )
    // The admin's toast would cut a message at a colon into a list of "field errors".
    expect(late.message).not.toContain(':')
    const stored = await open(live.id, first)
    expect(stored.title).toBe('Tiêu đề của người thứ nhất')
    expect(stored.theme).toBe(live.theme)
  })

  it('saves the second change on top of the first once the form is reloaded', async () => {
    const live = await published()
    const theirs = await open(live.id, second)
    await save({ ...(await open(live.id, first)), title: 'Tiêu đề mới' }, first, 'draft')
    expect((await save({ ...theirs, theme: 'Chủ đề mới' }, second, 'autosave')).status).toBe(409)

    const reloaded = await open(live.id, second)
    expect((await save({ ...reloaded, theme: 'Chủ đề mới' }, second, 'draft')).status).toBe(200)
    expect(await open(live.id, first)).toMatchObject({ title: 'Tiêu đề mới', theme: 'Chủ đề mới' })
  })

  it("lets one editor's autosaves follow one another (each answer carries the new updatedAt)", async () => {
    const live = await published()
    const saved = await save({ ...(await open(live.id, first)), title: 'Một' }, first, 'autosave')
    expect(saved.status).toBe(200)
    const again = await save({ ...(saved.doc as Campaign), title: 'Hai' }, first, 'autosave')
    expect(again.status).toBe(200)
    expect((await open(live.id, first)).title).toBe('Hai')
  })

  it('leaves API calls that send only the fields they change unchecked', async () => {
    const live = await published()
    await save({ ...(await open(live.id, first)), title: 'Đã sửa' }, first, 'draft')
    const response = await fetch(`${api.origin}/api/campaigns/${live.id}?draft=true&locale=vi`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${second}` },
      body: JSON.stringify({ theme: 'Chỉ chủ đề' }),
    })
    expect(response.status).toBe(200)
    expect(await open(live.id, first)).toMatchObject({ title: 'Đã sửa', theme: 'Chỉ chủ đề' })
  })

  it("still reverts a draft to the published state, as the admin's revert button does", async () => {
    const live = await published()
    const draft = await save({ ...(await open(live.id, first)), theme: 'Nháp' }, first, 'autosave')
    expect(draft.status).toBe(200)
    // Payload's button reads the published document and sends it back as it is (its updatedAt
    // is the published one's, older than the draft's).
    const url = `${api.origin}/api/campaigns/${live.id}?locale=vi&fallback-locale=null&depth=0`
    const headers = { 'content-type': 'application/json', authorization: `JWT ${first}` }
    const publishedDoc: unknown = await (await fetch(url, { headers })).json()
    const reverted = await fetch(url, {
      method: 'PATCH',
      headers,
      body: JSON.stringify(publishedDoc),
    })
    expect(reverted.status).toBe(200)
    expect((await open(live.id, first)).theme).toBe(live.theme)
  })

  it("refuses a publish from a form opened before a colleague's draft, even one that edits nothing else", async () => {
    const live = await published()
    const mine = await open(live.id, first)
    expect(
      (await save({ ...(await open(live.id, second)), theme: 'Nháp B' }, second, 'draft')).status,
    ).toBe(200)
    expect((await save({ ...mine, title: 'Tiêu đề A' }, first, 'publish')).status).toBe(409)
  })

  it('still restores an older version (older content on purpose)', async () => {
    const live = await published()
    await save({ ...(await open(live.id, first)), title: 'Bản sau' }, first, 'draft')
    const { docs } = await t.payload.findVersions({
      collection: 'campaigns',
      where: { parent: { equals: live.id } },
      sort: 'createdAt',
    })
    const oldest = docs[0]
    expect(oldest?.version.title).toBe(live.title)
    const response = await fetch(`${api.origin}/api/campaigns/versions/${oldest?.id}`, {
      method: 'POST',
      headers: { authorization: `JWT ${first}` },
    })
    expect(response.status).toBe(200)
    expect((await open(live.id, first)).title).toBe(live.title)
  })
})

describe('who is editing', () => {
  it("keeps the campaign locked in the editor's name after an autosave; the other's save is refused", async () => {
    const live = await published()
    const saved = await save(
      { ...(await open(live.id, first)), title: 'Đang sửa' },
      first,
      'autosave',
    )
    expect(saved.status).toBe(200)
    const { docs } = await locksOn(live.id)
    expect(docs).toHaveLength(1)
    expect(docs[0]?.user).toMatchObject({ relationTo: 'users', value: t.world.editorA.id })

    // Even from an up-to-date form: the lock is someone else's (Payload answers 423 Locked).
    const theirs = await save(
      { ...(await open(live.id, second)), theme: 'Khác' },
      second,
      'autosave',
    )
    expect(theirs.status).toBe(423)
    expect((await open(live.id, first)).theme).toBe(live.theme)
  })

  it('ends the lock with a publish, as Payload does', async () => {
    const live = await published()
    const saved = await save({ ...(await open(live.id, first)), title: 'Nháp' }, first, 'autosave')
    expect((await locksOn(live.id)).docs).toHaveLength(1)
    expect((await save(saved.doc as Campaign, first, 'publish')).status).toBe(200)
    expect((await locksOn(live.id)).docs).toHaveLength(0)
    // The colleague may now save from a form that saw the publish.
    const theirs = await save(
      { ...(await open(live.id, second)), theme: 'Tiếp theo' },
      second,
      'autosave',
    )
    expect(theirs.status).toBe(200)
    expect((await locksOn(live.id)).docs[0]?.user).toMatchObject({ value: secondId })
  })

  it('names the editor holding the lock to a colleague who may edit the campaign, to no one else', async () => {
    // No lock left by the tests before (each would name its holder too).
    await t.payload.delete({
      collection: 'payload-locked-documents',
      where: { id: { exists: true } },
    })
    const live = await published()
    const saved = await save(
      { ...(await open(live.id, first)), title: 'Ai đang sửa' },
      first,
      'autosave',
    )
    const userA = (token: string) =>
      fetch(`${api.origin}/api/users/${t.world.editorA.id}?depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
    // As the edit view asks for the lock (depth 1): the holder's account, not a bare id.
    const lock = await fetch(
      `${api.origin}/api/payload-locked-documents?where[document.value][equals]=${live.id}&depth=1`,
      { headers: { authorization: `JWT ${second}` } },
    )
    const { docs } = (await lock.json()) as { docs: Array<{ user: { value: unknown } }> }
    expect(docs[0]?.user.value).toMatchObject({ email: t.world.editorA.email })
    expect((await userA(second)).status).toBe(200)
    expect((await userA(outsider)).status).not.toBe(200)

    // Once the lock is gone, the colleague no longer reads the account.
    await save(saved.doc as Campaign, first, 'publish')
    expect((await userA(second)).status).not.toBe(200)
  })
})
