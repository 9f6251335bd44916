// "Hẹn giờ xuất bản" over real HTTP: a time in dd/MM/yyyy HH:mm in the site's zone becomes
// Payload's own schedulePublish job, for editors of the campaign's site only, never in the past.
import { afterEach, describe, expect, it, vi } from 'vitest'

import { formatSiteDateTime } from '../src/collections/Campaigns/schedule/siteDateTime'
import { useEditorsOverHttp } from './helpers/editorsOverHttp'
import { editionData, useWorld } from './helpers/world'

const ZONE = 'Asia/Ho_Chi_Minh'
const MINUTE = 60_000
const t = useWorld()
const http = useEditorsOverHttp(t)

afterEach(async () => {
  vi.useRealTimers()
  await t.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

type Answer = {
  message?: string
  timeZone?: string
  scheduled?: Array<{ id: number | string; at: string; text: string }>
  errors?: Array<{ message: string }>
}

const call = async (
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: Answer }> => {
  const response = await fetch(`${http.api.origin}/api/campaigns/${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      'accept-language': 'vi',
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, body: (await response.json()) as Answer }
}

const draftOnA = () =>
  t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, { _status: 'draft', theme: 'Chủ đề hẹn giờ' }),
    draft: true,
  })

/** `minutes` from now, as the editor types it in the site's zone (seconds dropped). */
const inMinutes = (minutes: number) =>
  formatSiteDateTime(new Date(Date.now() + minutes * MINUTE), ZONE)

const waitingJobs = async () =>
  (await t.payload.find({ collection: 'payload-jobs', depth: 0, pagination: false })).docs

describe('scheduling a publication', () => {
  it('queues Payload’s schedulePublish job at that minute in the site’s zone, as the editor', async () => {
    const draft = await draftOnA()
    const at = inMinutes(97)
    const answer = await call('POST', `${draft.id}/schedule`, http.tokenA, { at })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.body.message).toBe(`Đã hẹn giờ xuất bản lúc ${at}.`)
    expect(answer.body.timeZone).toBe(ZONE)
    expect(answer.body.scheduled?.map((each) => each.text)).toEqual([at])
    const [job] = await waitingJobs()
    expect(job?.taskSlug).toBe('schedulePublish')
    expect(formatSiteDateTime(job?.waitUntil ?? '', ZONE)).toBe(at)
    expect(job?.input).toMatchObject({
      type: 'publish',
      doc: { relationTo: 'campaigns', value: String(draft.id) },
      user: { relationTo: 'users', value: t.world.editorA.id },
    })
    // Read back by the same editor, soonest first.
    const later = inMinutes(200)
    await call('POST', `${draft.id}/schedule`, http.tokenA, { at: later })
    const read = await call('GET', `${draft.id}/schedule`, http.tokenA)
    expect(read.body.scheduled?.map((each) => each.text)).toEqual([at, later])
  })

  it('refuses an editor of another site, who cannot read or cancel the schedule either', async () => {
    const draft = await draftOnA()
    const refused = await call('POST', `${draft.id}/schedule`, http.tokenB, { at: inMinutes(60) })
    expect(refused.status).toBe(403)
    expect(await waitingJobs()).toEqual([])
    const mine = await call('POST', `${draft.id}/schedule`, http.tokenA, { at: inMinutes(60) })
    const job = mine.body.scheduled?.[0]?.id
    expect((await call('GET', `${draft.id}/schedule`, http.tokenB)).status).toBe(403)
    expect((await call('DELETE', `${draft.id}/schedule/${job}`, http.tokenB)).status).toBe(403)
    expect(await waitingJobs()).toHaveLength(1)
    expect((await call('GET', `${draft.id}/schedule`, null)).status).toBe(403)
  })

  it('refuses a time that has passed, saying so in Vietnamese with the site’s time now', async () => {
    const draft = await draftOnA()
    const answer = await call('POST', `${draft.id}/schedule`, http.tokenA, { at: inMinutes(-5) })
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^Thời điểm \d\d\/\d\d\/\d{4} \d\d:\d\d đã qua \(bây giờ là \d\d\/\d\d\/\d{4} \d\d:\d\d theo giờ của trang, Asia\/Ho_Chi_Minh\)\. Hãy chọn một thời điểm sau bây giờ\.$/,
    )
    expect(await waitingJobs()).toEqual([])
  })

  it('refuses what is not dd/MM/yyyy HH:mm, with an example', async () => {
    const draft = await draftOnA()
    for (const at of ['12/31/2026 11:30 PM', '2026-12-31T23:30', '', 42]) {
      const answer = await call('POST', `${draft.id}/schedule`, http.tokenA, { at })
      expect(answer.status, String(at)).toBe(400)
      expect(answer.body.errors?.[0]?.message).toBe(
        'Nhập thời điểm dạng ngày/tháng/năm giờ:phút, ví dụ 31/12/2026 23:30.',
      )
    }
  })

  it('lets the editor cancel it; the job is gone', async () => {
    const draft = await draftOnA()
    const made = await call('POST', `${draft.id}/schedule`, http.tokenA, { at: inMinutes(30) })
    const job = made.body.scheduled?.[0]?.id
    const cancelled = await call('DELETE', `${draft.id}/schedule/${job}`, http.tokenA)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ message: 'Đã hủy lịch xuất bản.', scheduled: [] })
    expect(await waitingJobs()).toEqual([])
    expect((await call('DELETE', `${draft.id}/schedule/${job}`, http.tokenA)).status).toBe(404)
  })

  it('publishes the draft when the time comes, not before', async () => {
    const draft = await draftOnA()
    const at = inMinutes(10)
    expect((await call('POST', `${draft.id}/schedule`, http.tokenA, { at })).status).toBe(201)
    const status = async () =>
      (await t.payload.findByID({ collection: 'campaigns', id: draft.id, depth: 0 }))._status
    await t.payload.jobs.run({ allQueues: true })
    expect(await status()).toBe('draft')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 11 * MINUTE)
    await t.payload.jobs.run({ allQueues: true })
    expect(await status()).toBe('published')
    const published = await t.payload.find({
      collection: 'campaigns',
      where: { id: { equals: draft.id } },
      draft: false,
    })
    expect(published.docs[0]?.theme).toBe('Chủ đề hẹn giờ')
    // A job that succeeded is deleted (deleteJobOnComplete); one left behind failed somewhere.
    const left = await t.payload.find({ collection: 'payload-jobs', depth: 0, pagination: false })
    expect(left.docs.map((job) => ({ hasError: job.hasError, error: job.error }))).toEqual([])
  })
})
