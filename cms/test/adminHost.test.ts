// The admin at its public address only: other host names are redirected there, and a save that
// Payload would refuse for coming from an untrusted origin is refused here with the reason.
import { once } from 'node:events'
import type { Server } from 'node:http'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, expect, it, vi } from 'vitest'

import { createAdminHost } from '../src/server/adminHost'
import { createFrontServer } from '../src/server/frontServer'
import type { PublicApi } from '../src/server/publicApi'

let server: Server | undefined

afterEach(() => {
  server?.close()
  vi.unstubAllEnvs()
  vi.resetModules()
})

const unusedPublicApi = { handle: () => undefined } as unknown as PublicApi

const start = async (trustedOrigins: string[], trustsProxy = false) => {
  server = createFrontServer({
    publicApi: unusedPublicApi,
    adminHost: createAdminHost({ publicUrl: 'http://localhost:3917', trustedOrigins, trustsProxy }),
    next: (_request, response) => {
      response.writeHead(200).end('next')
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  // node:http, not fetch: fetch does not let a test set the Host header.
  return (method: string, path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
      const outgoing = httpRequest({ port, method, path, headers }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }),
        )
      })
      outgoing.on('error', reject)
      outgoing.end()
    })
}

it('sends the admin opened under another host name to the public address, path kept', async () => {
  const send = await start(['http://localhost:3917'])
  const redirected = await send('GET', '/admin/collections/campaigns?limit=10', {
    host: '127.0.0.1:3917',
  })
  expect(redirected.status).toBe(302)
  expect(redirected.location).toBe('http://localhost:3917/admin/collections/campaigns?limit=10')
  expect((await send('GET', '/admin', { host: 'localhost:3917' })).body).toBe('next')
  // Only admin pages: the public API and Payload's REST answer under any name.
  expect((await send('GET', '/api/campaigns', { host: '127.0.0.1:3917' })).body).toBe('next')
})

it('accepts every trusted name (both loopback names in development)', async () => {
  const send = await start(['http://localhost:3917', 'http://127.0.0.1:3917'])
  expect((await send('GET', '/admin/login', { host: '127.0.0.1:3917' })).body).toBe('next')
})

it('behind a trusted proxy, reads the host people asked for from X-Forwarded-Host', async () => {
  const send = await start(['http://localhost:3917'], true)
  const asked = { host: 'cms:3000', 'x-forwarded-host': 'localhost:3917' }
  expect((await send('GET', '/admin', asked)).body).toBe('next')
})

it('refuses a save from an untrusted origin with the reason, in the editor’s language', async () => {
  const send = await start(['http://localhost:3917'])
  const fromElsewhere = {
    host: '127.0.0.1:3917',
    origin: 'http://127.0.0.1:3917',
    cookie: 'payload-token=abc',
  }
  const refused = await send('PATCH', '/api/campaigns/13?draft=true', fromElsewhere)
  expect(refused.status).toBe(403)
  expect(JSON.parse(refused.body)).toEqual({
    errors: [
      {
        message:
          'Chưa lưu được: trang quản trị đang được mở tại http://127.0.0.1:3917, không phải địa chỉ chính thức http://localhost:3917, nên phiên đăng nhập không được chấp nhận. Hãy mở http://localhost:3917/admin rồi thử lại.',
      },
    ],
  })
  const english = await send('POST', '/api/campaigns', {
    ...fromElsewhere,
    cookie: 'payload-lng=en; payload-token=abc',
  })
  expect(JSON.parse(english.body).errors[0].message).toMatch(/^Not saved: this admin is open at/)
  // Without a session, or from the public address, the request goes on to Payload as usual.
  const { cookie: _none, ...anonymous } = fromElsewhere
  expect((await send('POST', '/api/campaigns', anonymous)).body).toBe('next')
  const trusted = { ...fromElsewhere, origin: 'http://localhost:3917' }
  expect((await send('POST', '/api/campaigns', trusted)).body).toBe('next')
})

const trustedOriginsWith = async (nodeEnv: string, publicUrl: string) => {
  vi.stubEnv('NODE_ENV', nodeEnv)
  vi.stubEnv('PUBLIC_URL', publicUrl)
  vi.stubEnv('PAYLOAD_SECRET', 'x'.repeat(40))
  vi.resetModules() // env.ts reads the environment once, at import
  return (await import('../src/env')).env.trustedOrigins
}

it.each([
  ['development', 'http://localhost:3917', ['http://localhost:3917', 'http://127.0.0.1:3917']],
  ['development', 'http://127.0.0.1:3000', ['http://127.0.0.1:3000', 'http://localhost:3000']],
  ['development', 'https://cms.example', ['https://cms.example']],
  ['production', 'http://localhost:3917', ['http://localhost:3917']],
])('%s with PUBLIC_URL %s trusts %j', async (nodeEnv, publicUrl, expected) => {
  expect(await trustedOriginsWith(nodeEnv, publicUrl)).toEqual(expected)
})
