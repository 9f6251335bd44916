// The front server under hostile input: unknown demo names that are Object.prototype keys, a
// handler that throws, and a flood of distinct bad public URLs.
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDemoPages } from '../src/server/demoPages'
import { flood } from './helpers/flood'
import { startPublicServer } from './helpers/publicServer'
import { editionData, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>
const logged: unknown[] = []

beforeAll(async () => {
  api = await startPublicServer(t.payload, null, {
    cacheTtlSeconds: 3600,
    demo: createDemoPages(path.resolve(import.meta.dirname, '../demo')),
    next: (request, response) => {
      if (request.url === '/throws') throw new Error('sync failure')
      if (request.url === '/rejects') return Promise.reject(new Error('async failure'))
      response.writeHead(204).end()
    },
    logError: (error) => logged.push(error),
  })
})

afterAll(() => api.close())

// A bounded wait: a request that gets no answer fails the test instead of hanging it.
const fetchSoon = (pathname: string) =>
  fetch(`${api.origin}${pathname}`, { signal: AbortSignal.timeout(5000) })

describe('demo pages', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '/demo/%s answers 404',
    async (name) => {
      const response = await fetchSoon(`/demo/${name}`)
      expect(response.status).toBe(404)
    },
  )

  it('still serves the real demo page', async () => {
    const response = await fetchSoon('/demo/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<campaign-banner')
  })
})

describe('a handler that throws', () => {
  it.each(['/throws', '/rejects'])(
    '%s answers 500 to that request only, is logged, and the server keeps serving',
    async (pathname) => {
      const before = logged.length
      const failed = await fetchSoon(pathname)
      expect(failed.status).toBe(500)
      expect(await failed.text()).not.toContain('failure') // no internals to the client
      expect(logged.length).toBe(before + 1)
      const next = await fetchSoon('/anything-else')
      expect(next.status).toBe(204)
    },
  )
})

describe('idle connections', () => {
  it('are kept open longer than the 60 s a proxy keeps them, so the proxy closes first', async () => {
    const response = await fetchSoon('/anything')
    expect(response.headers.get('keep-alive')).toBe('timeout=65')
  })
})

describe('an address that cannot be decoded', () => {
  it.each(['/api/campaigns/%E0%A4%A', '/admin/%E0%A4%A', '/%'])(
    '%s answers 400',
    async (pathname) => {
      const response = await fetchSoon(pathname)
      expect(response.status).toBe(400)
    },
  )
})

describe('the public cache under a flood of distinct bad requests', () => {
  it('keeps memory bounded and the live answer in cache', async () => {
    await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
    const live = `/api/public/sites/${t.world.siteA.slug}/campaign?locale=vi`
    expect((await fetchSoon(live)).headers.get('x-cache')).toBe('MISS')
    expect((await fetchSoon(live)).headers.get('x-cache')).toBe('HIT')

    const site = t.world.siteA.slug
    // Unknown sites, every archive year of a real site, bad locales and years, junk parameters.
    // (Archive years are real pages, each built from the database when not cached: 1 in 25.)
    const badPath = (i: number): string => {
      if (i % 25 === 1)
        return `/api/public/sites/${site}/campaigns?year=${1900 + (i % 301)}&locale=${i % 2 ? 'vi' : 'en'}`
      switch (i % 4) {
        case 0:
          return `/api/public/sites/no-such-site-${i}/campaign`
        case 1:
          return `/api/public/sites/${site}/campaign?locale=x${i}`
        case 2:
          return `/api/public/sites/${site}/campaigns?year=${i}`
        default:
          return `/api/public/sites/${site}/campaign?locale=vi&nocache=${i}`
      }
    }
    // Twenty times the bound on remembered URLs: an unbounded cache would hold thousands.
    const statuses = await flood(api.origin, badPath, { total: 20_000 })
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(20_000)
    expect(statuses.get(500) ?? 0).toBe(0)
    const { entries, urls } = api.publicApi.stats()
    expect(entries).toBeLessThanOrEqual(600)
    expect(urls).toBeLessThanOrEqual(1000)
    const after = await fetchSoon(live)
    expect(after.status).toBe(200)
    expect(after.headers.get('x-cache')).toBe('HIT')
  }, 120_000)
})
