// Reach counting (src/reach/): displays and /go clicks counted per site, edition, day in the
// site's zone and snippet kind, bots apart, written as increments on flush and on shutdown; the
// figures and their exports as an editor of the site reads them. Nothing about a visitor is kept.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import JSZip from 'jszip'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { siteOverviews } from '../src/dashboard/siteOverview'
import type { Campaign } from '../src/payload-types'
import type { CampaignFigures } from '../src/reach/campaignFigures'
import type { ReachCounter } from '../src/reach/reachCounter'
import { createReachCounter } from '../src/reach/reachCounter'
import { createFrontServer } from '../src/server/frontServer'
import { hasSession } from '../src/server/hasSession'
import { createPublicRoutes } from '../src/server/publicRoutes'
import { startApiServer } from './helpers/httpServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
const clock = { now: new Date('2025-11-20T03:00:00Z') }
const PERSON =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36'
const CRAWLER = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const ARTICLE = 'https://portal-a.example/tin-tuc/thang-hanh-dong'
let campaign: Campaign
let counter: ReachCounter
let front: { origin: string; close: () => Promise<void> }

/** The front server with a counter that writes only when told (flushSeconds 0). */
const startFront = async (reach: ReachCounter) => {
  const { publicApi, sitePages } = createPublicRoutes({
    payload: t.payload,
    publicUrl: 'http://cms.test',
    maxAge: 60,
    staleWhileRevalidate: 600,
    cacheTtlSeconds: 30,
    now: () => clock.now,
    reach,
  })
  const server = createFrontServer({
    publicApi,
    sitePages,
    next: (_request, response) => void response.writeHead(404).end(),
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const newCounter = (flushSeconds = 0) =>
  createReachCounter({
    payload: t.payload,
    flushSeconds,
    retentionYears: 5,
    now: () => clock.now,
    ignores: hasSession,
  })

const slug = () => t.world.siteA.slug
const campaignJson = (headers: Record<string, string> = {}) =>
  fetch(`${front.origin}/api/public/sites/${slug()}/campaign?locale=vi`, {
    headers: { 'user-agent': PERSON, ...headers },
  })
const follow = (from: string, userAgent = PERSON) =>
  fetch(`${front.origin}/go/${slug()}?from=${from}`, {
    headers: { 'user-agent': userAgent },
    redirect: 'manual',
  })

const rows = async () =>
  (
    await t.payload.find({
      collection: 'reach-counts',
      where: { edition: { equals: String(campaign.id) } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** Sums of the stored rows per day|kind|audience. */
const sums = async () => {
  const out: Record<string, { displays: number; clicks: number }> = {}
  for (const row of await rows()) {
    const key = `${row.day}|${row.kind}|${row.isBot ? 'bot' : 'people'}`
    const sum = (out[key] ??= { displays: 0, clicks: 0 })
    sum.displays += row.displays
    sum.clicks += row.clicks
  }
  return out
}

beforeAll(async () => {
  campaign = await t.payload.create({
    collection: 'campaigns',
    data: editionData(t.world.siteA, { articleUrl: ARTICLE }),
  })
})

afterEach(async () => {
  await counter?.stop()
  await front?.close()
  await t.payload.delete({
    collection: 'reach-counts',
    where: { id: { exists: true } },
    overrideAccess: true,
  })
  clock.now = new Date('2025-11-20T03:00:00Z')
})

afterAll(async () => {
  await t.payload.delete({ collection: 'campaigns', where: { id: { equals: campaign.id } } })
})

describe('counting', () => {
  it('counts displays and clicks per day in the site’s zone, across its midnight', async () => {
    counter = newCounter()
    front = await startFront(counter)
    // 23:30 on 20 November in Hồ Chí Minh City (UTC+7).
    clock.now = new Date('2025-11-20T16:30:00Z')
    expect((await campaignJson()).status).toBe(200)
    expect((await campaignJson()).status).toBe(200)
    expect((await follow('script')).status).toBe(302)
    // 00:30 on 21 November there.
    clock.now = new Date('2025-11-20T17:30:00Z')
    expect((await campaignJson()).status).toBe(200)
    expect((await follow('script')).status).toBe(302)
    expect((await follow('image')).status).toBe(302)
    const embed = await fetch(`${front.origin}/embed/${slug()}`, {
      headers: { 'user-agent': PERSON },
    })
    expect(embed.status).toBe(200)
    await counter.flush()
    expect(await sums()).toEqual({
      '2025-11-20|script|people': { displays: 2, clicks: 1 },
      '2025-11-21|script|people': { displays: 1, clicks: 1 },
      '2025-11-21|image|people': { displays: 0, clicks: 1 },
      '2025-11-21|iframe|people': { displays: 1, clicks: 0 },
    })
  })

  it('counts a 304 (the browser revalidating its copy) as a display', async () => {
    counter = newCounter()
    front = await startFront(counter)
    const etag = (await campaignJson()).headers.get('etag') ?? ''
    const revalidated = await campaignJson({ 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    await counter.flush()
    expect(await sums()).toEqual({ '2025-11-20|script|people': { displays: 2, clicks: 0 } })
  })

  it('counts the iframe’s own banner request and link as the iframe’s, not the script’s', async () => {
    counter = newCounter()
    front = await startFront(counter)
    const fromEmbed = { referer: `${front.origin}/embed/${slug()}?variant=bar` }
    expect((await campaignJson(fromEmbed)).status).toBe(200)
    const click = await fetch(`${front.origin}/go/${slug()}?from=script`, {
      headers: { 'user-agent': PERSON, ...fromEmbed },
      redirect: 'manual',
    })
    expect(click.status).toBe(302)
    await counter.flush()
    expect(await sums()).toEqual({ '2025-11-20|iframe|people': { displays: 0, clicks: 1 } })
  })

  it('counts crawlers and headless browsers apart from people', async () => {
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson({ 'user-agent': CRAWLER })
    await campaignJson({ 'user-agent': 'Mozilla/5.0 HeadlessChrome/142.0.0.0' })
    await campaignJson()
    await follow('script', CRAWLER)
    await counter.flush()
    expect(await sums()).toEqual({
      '2025-11-20|script|bot': { displays: 2, clicks: 1 },
      '2025-11-20|script|people': { displays: 1, clicks: 0 },
    })
  })

  it('stores nothing personal: no address, user agent, cookie or identifier', async () => {
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson({ cookie: 'visitor=abc123secret', 'x-forwarded-for': '203.0.113.7' })
    await counter.flush()
    const stored = await rows()
    expect(stored).toHaveLength(1)
    const [row] = stored
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'clicks',
        'createdAt',
        'day',
        'displays',
        'edition',
        'id',
        'isBot',
        'key',
        'kind',
        'site',
        'updatedAt',
        'writer',
      ].sort(),
    )
    const text = JSON.stringify(stored)
    for (const personal of ['127.0.0.1', '203.0.113.7', 'abc123secret', 'Chrome', 'Mozilla'])
      expect(text).not.toContain(personal)
  })

  it('leaves out a signed-in editor’s own views (dashboard, Embed panel, their portal)', async () => {
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson({ cookie: 'payload-token=eyJ.editor.token' })
    await counter.flush()
    expect(await rows()).toEqual([])
  })

  it('stores nothing for a site whose counting is off', async () => {
    await t.payload.update({
      collection: 'sites',
      id: t.world.siteA.id,
      data: { countReach: false },
    })
    try {
      counter = newCounter()
      front = await startFront(counter)
      await campaignJson()
      await follow('script')
      await counter.flush()
      await campaignJson()
      await counter.flush()
      expect(await rows()).toEqual([])
      expect(counter.pendingSize()).toBe(0)
    } finally {
      await t.payload.update({
        collection: 'sites',
        id: t.world.siteA.id,
        data: { countReach: true },
      })
    }
  })

  it('adds the next flush to the stored rows, as increments', async () => {
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson()
    await counter.flush()
    await campaignJson()
    await campaignJson()
    await counter.flush()
    expect(await sums()).toEqual({ '2025-11-20|script|people': { displays: 3, clicks: 0 } })
    // Another instance (another counter) adds its own rows; the figures sum them.
    const other = newCounter()
    const otherFront = await startFront(other)
    await fetch(`${otherFront.origin}/api/public/sites/${slug()}/campaign?locale=vi`, {
      headers: { 'user-agent': PERSON },
    })
    await other.stop()
    await otherFront.close()
    expect(await sums()).toEqual({ '2025-11-20|script|people': { displays: 4, clicks: 0 } })
  })

  it('loses at most one flush interval on a restart: the timer writes, shutdown writes the rest', async () => {
    counter = newCounter(1)
    front = await startFront(counter)
    await campaignJson()
    // The interval's own flush, without anyone asking.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await sums()).toEqual({ '2025-11-20|script|people': { displays: 1, clicks: 0 } })
    await campaignJson()
    await follow('script')
    // Shutdown (SIGTERM in main.ts) writes what the interval had not.
    await counter.stop()
    expect(await sums()).toEqual({ '2025-11-20|script|people': { displays: 2, clicks: 1 } })
    expect(counter.pendingSize()).toBe(0)
  })

  it('deletes rows older than the retention when it writes', async () => {
    const old = await t.payload.create({
      collection: 'reach-counts',
      data: {
        key: 'old-row',
        writer: 'test',
        site: t.world.siteA.id,
        edition: String(campaign.id),
        day: '2019-11-20',
        kind: 'script',
        isBot: false,
        displays: 5,
        clicks: 0,
      },
    })
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson()
    await counter.flush()
    expect(
      (await rows()).map((row) => row.day),
      'five years from 2025-11-20 keeps 2020-11-20 on',
    ).toEqual(['2025-11-20'])
    expect(old.day).toBe('2019-11-20')
  })

  it('links the script snippet’s “Xem chi tiết” through /go, the article still readable', async () => {
    counter = newCounter()
    front = await startFront(counter)
    const answer = (await (await campaignJson()).json()) as { campaign: { articleUrl: string } }
    expect(answer.campaign.articleUrl).toBe(
      `http://cms.test/go/${slug()}?from=script&to=${ARTICLE}`,
    )
    const click = await follow('script')
    expect(click.headers.get('location')).toBe(ARTICLE)
  })
})

describe('the dashboard', () => {
  it('shows the live edition’s figures so far on its site’s line', async () => {
    counter = newCounter()
    front = await startFront(counter)
    await campaignJson()
    await campaignJson({ 'user-agent': CRAWLER })
    await follow('script')
    await counter.flush()
    const [overview] = (await siteOverviews(t.payload, t.world.editorA, clock.now)).filter(
      (each) => each.site.id === t.world.siteA.id,
    )
    expect(overview?.showing?.reach).toEqual({
      displays: 1,
      clicks: 1,
      botDisplays: 1,
      botClicks: 0,
    })
  })
})

describe('the figures and their downloads', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>
  beforeAll(async () => {
    api = await startApiServer(t.payload.config)
  })
  afterAll(() => api.close())

  const as = async (role: 'editorA' | 'editorB') => {
    const user = t.world[role]
    const token = await api.login(user.email, passwordOf(user))
    return (path: string) =>
      fetch(`${api.origin}/api/reach-counts/figures/${String(campaign.id)}${path}`, {
        headers: { authorization: `JWT ${token}` },
      })
  }

  it('gives the editor of the site the same totals in the tab, the .csv and the .xlsx', async () => {
    counter = newCounter()
    front = await startFront(counter)
    clock.now = new Date('2025-11-20T16:30:00Z')
    await campaignJson()
    await campaignJson({ 'user-agent': CRAWLER })
    await follow('script')
    clock.now = new Date('2025-11-21T03:00:00Z')
    await campaignJson()
    await follow('image')
    await counter.flush()

    const get = await as('editorA')
    const figures = (await (await get('')).json()) as CampaignFigures
    expect(figures.total).toEqual({ displays: 2, clicks: 2, botDisplays: 1, botClicks: 0 })
    const perDay = figures.days.reduce((sum, day) => sum + day.displays, 0)
    expect(perDay).toBe(figures.total.displays)
    expect(figures.from).toBe('2025-11-15')
    expect(figures.to).toBe('2025-12-15')

    const csv = await get('/csv')
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.headers.get('content-disposition')).toContain('.csv')
    const bytes = Buffer.from(await csv.arrayBuffer())
    // The byte-order mark Excel needs to read UTF-8 (fetch's text() would drop it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    const lines = text.split('\r\n').map((line) => line.split(','))
    expect(lines.find((cells) => cells[0] === 'Tổng')?.slice(1)).toEqual(['2', '2', '1', '0'])
    expect(lines.find((cells) => cells[0] === '20/11/2025')?.slice(1)).toEqual(['1', '1', '1', '0'])

    const xlsx = await get('/xlsx')
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const zip = await JSZip.loadAsync(await xlsx.arrayBuffer())
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? ''
    const totalRow =
      /<row r="(\d+)"><c r="A\d+" t="inlineStr"><is><t xml:space="preserve">Tổng<\/t><\/is><\/c>(.*?)<\/row>/.exec(
        sheet,
      )
    expect([...(totalRow?.[2] ?? '').matchAll(/<v>(\d+)<\/v>/g)].map((m) => m[1])).toEqual([
      '2',
      '2',
      '1',
      '0',
    ])
  })

  it('refuses the figures to an editor of another site', async () => {
    const get = await as('editorB')
    expect((await get('')).status).toBe(404)
    expect((await get('/csv')).status).toBe(404)
    const anonymous = await fetch(`${api.origin}/api/reach-counts/figures/${String(campaign.id)}`)
    expect(anonymous.status).toBe(403)
  })
})
