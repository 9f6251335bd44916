// Sign-in attempts per client address, over real HTTP: the limit, the answer past it, what is
// not counted, and the window moving on.
import { once } from 'node:events'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, expect, it } from 'vitest'

import { createLoginThrottle } from '../src/server/loginThrottle'

let server: Server | undefined
const clock = { now: 0 }

afterEach(() => {
  server?.close()
  clock.now = 0
})

const start = async (trustProxy: boolean) => {
  const throttle = createLoginThrottle({
    limit: 3,
    windowMs: 15 * 60_000,
    trustProxy,
    now: () => clock.now,
  })
  server = createServer((request, response) => {
    if (!throttle.refuse(request, response)) response.end('next')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return (path: string, init: RequestInit = {}) =>
    fetch(`${origin}${path}`, { method: 'POST', ...init })
}

it('refuses the attempt past the limit with 429, Retry-After and a Vietnamese message', async () => {
  const post = await start(false)
  for (let i = 0; i < 3; i++) expect((await post('/api/users/login')).status).toBe(200)
  clock.now = 5 * 60_000
  const refused = await post('/api/users/login')
  expect(refused.status).toBe(429)
  expect(refused.headers.get('retry-after')).toBe(String(10 * 60))
  expect(await refused.json()).toEqual({
    errors: [{ message: 'Quá nhiều lần đăng nhập từ địa chỉ này. Hãy thử lại sau 10 phút.' }],
  })
  const english = await post('/api/users/forgot-password', {
    headers: { cookie: 'payload-lng=en' },
  })
  expect(english.status).toBe(429)
  expect(((await english.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
    'Too many sign-in attempts from this address. Try again in 10 minutes.',
  )
  clock.now = 15 * 60_000 // the first attempts have left the window
  expect((await post('/api/users/login')).status).toBe(200)
})

it('counts only sign-in posts', async () => {
  const post = await start(false)
  for (let i = 0; i < 5; i++) {
    expect((await post('/api/users/me', { method: 'GET' })).status).toBe(200)
    expect((await post('/api/campaigns')).status).toBe(200)
  }
  expect((await post('/api/users/login?depth=0')).status).toBe(200)
})

it('tells addresses apart by X-Forwarded-For only behind a trusted proxy', async () => {
  const behindProxy = await start(true)
  const from = (address: string) => ({ headers: { 'x-forwarded-for': `${address}, 10.0.0.1` } })
  for (let i = 0; i < 3; i++) await behindProxy('/api/users/login', from('203.0.113.7'))
  expect((await behindProxy('/api/users/login', from('203.0.113.7'))).status).toBe(429)
  expect((await behindProxy('/api/users/login', from('198.51.100.2'))).status).toBe(200)
  server?.close()
  // Without trust the header is the client's to forge: every try is the socket's address.
  const direct = await start(false)
  for (let i = 0; i < 3; i++) await direct('/api/users/login', from(`192.0.2.${i}`))
  expect((await direct('/api/users/login', from('192.0.2.99'))).status).toBe(429)
})
