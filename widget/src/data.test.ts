import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Source } from './data'
import {
  cacheKey,
  dismissedEdition,
  forgetRequests,
  loadCampaign,
  readCache,
  rememberDismissal,
} from './data'
import { noCampaign, responseWith, SERVER_TIME } from './test-fixtures'
import { json, stubFetch, uniqueSite } from './test-helpers'

const source = (changes: Partial<Source> = {}): Source => ({
  api: 'https://cms.example',
  site: uniqueSite(),
  locale: 'vi',
  timeout: 100,
  ...changes,
})

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('loadCampaign', () => {
  // Fetch's default credentials mode, as the snippet's <link rel=preload as=fetch crossorigin>
  // asks: Chromium hands a request a preloaded response only in the same mode. Cross-origin it
  // sends no cookie either (test/dist.test.ts).
  test("asks the one public route, in the preload's credentials mode, with a timeout signal", async () => {
    const fetch = stubFetch(() => json(responseWith()))
    await loadCampaign(source({ site: 'sở khcn/ü', locale: 'en' }))
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe(
      'https://cms.example/api/public/sites/s%E1%BB%9F%20khcn%2F%C3%BC/campaign?locale=en',
    )
    expect(init?.credentials).toBeUndefined()
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  test('returns the campaign and how far the server clock is ahead', async () => {
    stubFetch(() => json(responseWith()))
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-11-20T01:00:00.000Z'))
    const loaded = await loadCampaign(source())
    expect(loaded?.campaign.editionKey).toBe('7-1')
    expect(loaded?.skew).toBe(2 * 3_600_000)
    expect(loaded?.servedAt).toBe(Date.parse(SERVER_TIME)) // the instant of its phase figures
  })

  test('one request per source for the whole page, shared by every caller', async () => {
    const fetch = stubFetch(() => json(responseWith()))
    const one = source()
    const results = await Promise.all([loadCampaign(one), loadCampaign({ ...one })])
    await loadCampaign(one)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(results[0]).toBe(results[1])
    await loadCampaign({ ...one, locale: 'en' })
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  test('caches a good payload, checked again on reading', async () => {
    stubFetch(() => json(responseWith()))
    const one = source()
    expect(readCache(one)).toBeUndefined()
    await loadCampaign(one)
    expect(readCache(one)?.campaign.editionKey).toBe('7-1')
    expect(readCache(one)?.servedAt).toBe(Date.parse(SERVER_TIME))
    const entry = JSON.parse(localStorage.getItem(cacheKey(one)) ?? '{}')
    entry.response.campaign.articleUrl = 'javascript:alert(1)'
    localStorage.setItem(cacheKey(one), JSON.stringify(entry))
    expect(readCache(one)).toBeUndefined()
    localStorage.setItem(cacheKey(one), '{not json')
    expect(readCache(one)).toBeUndefined()
  })

  test('reads only what a banner shows: a broken field it never reads does not hide it', async () => {
    const response = { ...responseWith(), site: null } as Record<string, unknown>
    response.campaign = { ...(response.campaign as object), documents: 'broken', image: 42 }
    stubFetch(() => json(response))
    const one = source()
    expect((await loadCampaign(one))?.campaign.editionKey).toBe('7-1')
    // The cache keeps the checked fields only.
    const entry = JSON.parse(localStorage.getItem(cacheKey(one)) ?? '{}')
    expect(entry.response.campaign).not.toHaveProperty('documents')
    expect(entry.response).not.toHaveProperty('site')
    expect(readCache(one)?.campaign.title).toBe(responseWith().campaign?.title)
  })

  test("kind 'none' gives null and clears the cache", async () => {
    const one = source()
    localStorage.setItem(cacheKey(one), JSON.stringify({ response: responseWith(), skew: 0 }))
    stubFetch(() => json(noCampaign()))
    expect(await loadCampaign(one)).toBeNull()
    expect(localStorage.getItem(cacheKey(one))).toBeNull()
  })

  test('works when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    stubFetch(() => json(responseWith()))
    const one = source()
    expect((await loadCampaign(one))?.campaign.editionKey).toBe('7-1')
    expect(readCache(one)).toBeUndefined()
    expect(dismissedEdition(one)).toBeNull()
    expect(() => rememberDismissal(one, '7-1')).not.toThrow()
  })

  test.each([
    ['down', () => Promise.reject(new TypeError('Failed to fetch')), /Failed to fetch/],
    ['HTTP 503', async () => new Response('', { status: 503 }), /HTTP 503/],
    ['invalid JSON', async () => new Response('{', { status: 200 }), /SyntaxError/],
    ['contract mismatch', async () => json({ version: 1, kind: 'campaign' }), /contract mismatch/],
  ] as const)('%s: undefined, the cache kept, one warning', async (_name, reply, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const one = source()
    localStorage.setItem(cacheKey(one), JSON.stringify({ response: responseWith(), skew: 0 }))
    stubFetch(reply)
    const outcomes = await Promise.all([loadCampaign(one), loadCampaign(one)])
    expect(outcomes).toEqual([undefined, undefined])
    expect(warn).toHaveBeenCalledTimes(1) // two banners, one request, one warning
    expect(String(warn.mock.calls[0]?.[0])).toMatch(message)
    expect(readCache(one)?.campaign.editionKey).toBe('7-1')
  })

  test('a failed request is shared for 30 s, then a banner added later tries again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-11-20T03:00:00.000Z'))
    const fetch = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const one = source()
    expect(await loadCampaign(one)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve))
    fetch.mockImplementation(async () => json(responseWith()))
    now.mockReturnValue(Date.parse('2025-11-20T03:00:29.000Z'))
    expect(await loadCampaign(one)).toBeUndefined() // the same page load: the same failure
    expect(fetch).toHaveBeenCalledTimes(1)
    now.mockReturnValue(Date.parse('2025-11-20T03:00:31.000Z'))
    expect((await loadCampaign(one))?.campaign.editionKey).toBe('7-1')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  test('a request that started before notBefore is not shared', async () => {
    const fetch = stubFetch(() => json(responseWith()))
    const one = source()
    await loadCampaign(one)
    await loadCampaign(one, 0)
    expect(fetch).toHaveBeenCalledTimes(1)
    await loadCampaign(one, Date.now() + 1)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  test('a skew under 15 minutes (an HTTP-cached answer) counts as none; more is corrected', async () => {
    const one = source()
    stubFetch(() => json(responseWith()))
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-11-20T03:10:00.000Z'))
    expect((await loadCampaign(one))?.skew).toBe(0)
    forgetRequests()
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-11-19T03:00:00.000Z'))
    expect((await loadCampaign(one))?.skew).toBe(86_400_000)
  })

  test('gives up after the timeout', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    )
    const started = performance.now()
    expect(await loadCampaign(source({ timeout: 50 }))).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/TimeoutError/)
  })
})

test('dismissals are remembered per site, by edition key', () => {
  const one = source()
  expect(dismissedEdition(one)).toBeNull()
  rememberDismissal(one, '7-1')
  expect(dismissedEdition({ ...one, locale: 'en' })).toBe('7-1')
  expect(dismissedEdition(source())).toBeNull()
})
