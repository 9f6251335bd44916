// The widget file as portals load it: stable and content-hashed names, caching, CORS, 304,
// brotli or gzip as the browser accepts.
import { once } from 'node:events'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { createWidgetAssets } from '../src/server/widgetAssets'
import { rawGet } from './helpers/rawGet'

const dist = path.join(tmpdir(), `campaign-widget-dist-${process.pid}`)
// Repetitive enough that compressing it pays, as the real bundle's does.
const code = Array.from({ length: 200 }, (_, i) => `export const banner${i} = ${i}\n`).join('')
const server = createServer((request, response) =>
  createWidgetAssets(dist).handle(request, response),
)
let origin = ''

beforeAll(async () => {
  mkdirSync(dist, { recursive: true })
  writeFileSync(path.join(dist, 'campaign-banner.js'), code)
  writeFileSync(
    path.join(dist, 'manifest.json'),
    JSON.stringify({
      files: {
        'campaign-banner.js': { hashed: 'campaign-banner.0123abcd.js', integrity: 'sha384-test' },
      },
    }),
  )
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.close()
  rmSync(dist, { recursive: true, force: true })
})

it('serves the stable name briefly cached and the hashed name immutable, both to any origin', async () => {
  const alias = await fetch(`${origin}/widget/v1/campaign-banner.js`)
  expect(await alias.text()).toBe(code)
  expect(alias.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(alias.headers.get('cache-control')).toBe(
    'public, max-age=300, stale-while-revalidate=86400',
  )
  expect(alias.headers.get('access-control-allow-origin')).toBe('*')
  const hashed = await fetch(`${origin}/widget/v1/campaign-banner.0123abcd.js`)
  expect(await hashed.text()).toBe(code)
  expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
})

it('answers 304 to a matching If-None-Match, weak or strong', async () => {
  const etag = (await fetch(`${origin}/widget/v1/campaign-banner.js`)).headers.get('etag') ?? ''
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
    const response = await fetch(`${origin}/widget/v1/campaign-banner.js`, {
      headers: { 'if-none-match': ifNoneMatch },
    })
    expect(response.status).toBe(304)
  }
})

it('answers 404 for a file the build does not have', async () => {
  expect((await fetch(`${origin}/widget/v1/other.js`)).status).toBe(404)
})

it.each([
  ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
  ['gzip;q=1.0, br;q=0', 'gzip', gunzipSync],
  ['x-gzip', 'gzip', gunzipSync],
  ['*', 'br', brotliDecompressSync],
])('Accept-Encoding %s gets %s, which decodes to the file', async (accept, encoding, decode) => {
  const { headers, body } = await rawGet(`${origin}/widget/v1/campaign-banner.js`, {
    'accept-encoding': accept,
  })
  expect(headers['content-encoding']).toBe(encoding)
  expect(headers.vary).toBe('Accept-Encoding')
  expect(Number(headers['content-length'])).toBe(body.length)
  expect(body.length).toBeLessThan(Buffer.byteLength(code) / 2)
  expect(decode(body).toString()).toBe(code)
})

it.each(['', 'identity', 'br;q=0, gzip;q=0', 'deflate'])(
  'Accept-Encoding "%s" gets the file as it is',
  async (accept) => {
    const { headers, body } = await rawGet(
      `${origin}/widget/v1/campaign-banner.js`,
      accept ? { 'accept-encoding': accept } : {},
    )
    expect(headers['content-encoding']).toBeUndefined()
    expect(headers.vary).toBe('Accept-Encoding')
    expect(body.toString()).toBe(code)
  },
)

it('each encoding has its own ETag, and 304 answers only its own', async () => {
  const url = `${origin}/widget/v1/campaign-banner.0123abcd.js`
  const plain = (await rawGet(url)).headers.etag as string
  const br = (await rawGet(url, { 'accept-encoding': 'br' })).headers.etag as string
  const gzip = (await rawGet(url, { 'accept-encoding': 'gzip' })).headers.etag as string
  expect(new Set([plain, br, gzip]).size).toBe(3)
  const revalidated = await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': br })
  expect(revalidated.status).toBe(304)
  expect(revalidated.headers['content-encoding']).toBe('br')
  expect((await rawGet(url, { 'accept-encoding': 'br', 'if-none-match': plain })).status).toBe(200)
})
