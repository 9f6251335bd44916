// The sign-in budget per client address, over real HTTP through the front server to Payload's
// REST and GraphQL handlers: every way of reaching Payload's login counts against one budget.

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { payloadHandler } from './helpers/payloadHandler'
import { startPublicServer } from './helpers/publicServer'
import { passwordOf, useWorld } from './helpers/world'

vi.hoisted(() => {
  process.env.LOGIN_ATTEMPTS_PER_ADDRESS = '5'
})

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>

beforeAll(async () => {
  api = await startPublicServer(t.payload, null, {
    next: payloadHandler(t.payload.config),
    trustedProxyHops: 1, // one reverse proxy in front, which appends the address it saw
  })
})

afterAll(() => api.close())

const TOO_MANY = /^Quá nhiều lần đăng nhập từ địa chỉ này\. Hãy thử lại sau \d+ phút\.$/

// Each test signs in from its own address, as the proxy reports it.
const post = (address: string, path: string, body: unknown, forwardedFor = address) =>
  fetch(`${api.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify(body),
  })

const restLogin = (address: string, password: string, path = '/api/users/login') =>
  post(address, path, { email: t.world.editorA.email, password })

const graphqlLogins = async (address: string, passwords: string[]) => {
  const aliases = passwords.map(
    (password, i) =>
      `a${i}: loginUser(email: ${JSON.stringify(t.world.editorA.email)}, password: ${JSON.stringify(password)}) { token }`,
  )
  const response = await post(address, '/api/graphql', {
    query: `mutation { ${aliases.join(' ')} }`,
  })
  return (await response.json()) as {
    data?: Record<string, { token: string | null } | null>
    errors?: { message: string }[]
  }
}

it('refuses REST past the limit, then GraphQL too, even with the right password', async () => {
  const address = '203.0.113.10'
  for (let i = 0; i < 5; i++) expect((await restLogin(address, 'wrong')).status).toBe(401)
  const refused = await restLogin(address, passwordOf(t.world.editorA))
  expect(refused.status).toBe(429)
  expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
    TOO_MANY,
  )
  const graphql = await graphqlLogins(address, [passwordOf(t.world.editorA)])
  expect(graphql.data?.a0?.token ?? null).toBeNull()
  expect(graphql.errors?.[0]?.message).toMatch(TOO_MANY)
})

it('counts every alias of one GraphQL request', async () => {
  const address = '203.0.113.11'
  const result = await graphqlLogins(
    address,
    Array.from({ length: 25 }, () => 'wrong'),
  )
  const tooMany = (result.errors ?? []).filter((error) => TOO_MANY.test(error.message))
  expect(tooMany.length).toBe(20)
  expect((await restLogin(address, passwordOf(t.world.editorA))).status).toBe(429)
})

it('counts any spelling of the path, and password resets, against the same budget', async () => {
  const address = '203.0.113.12'
  expect((await restLogin(address, 'wrong', '/api/users/login/')).status).toBe(401)
  expect((await restLogin(address, 'wrong', '/api/users/login?depth=0')).status).toBe(401)
  expect((await restLogin(address, 'wrong', '/api/users/login#x')).status).toBe(401)
  expect(
    (await post(address, '/api/users/forgot-password', { email: t.world.editorA.email })).status,
  ).toBe(200)
  expect((await restLogin(address, 'wrong')).status).toBe(401)
  expect((await restLogin(address, passwordOf(t.world.editorA))).status).toBe(429)
})

it('takes the address the proxy added, not the one a client writes in front of it', async () => {
  const proxySaw = '203.0.113.13'
  const credentials = (password: string) => ({ email: t.world.editorA.email, password })
  for (let i = 0; i < 5; i++) {
    // A new address written by the client each time; the proxy appends what it really saw.
    const forged = `198.51.100.${i}, ${proxySaw}`
    expect((await post(proxySaw, '/api/users/login', credentials('wrong'), forged)).status).toBe(
      401,
    )
  }
  const forgedAgain = await post(
    proxySaw,
    '/api/users/login',
    credentials(passwordOf(t.world.editorA)),
    `198.51.100.99, ${proxySaw}`,
  )
  expect(forgedAgain.status).toBe(429)
  // Another client behind the same proxy still signs in (editor A is locked by now: Payload
  // locks an account after 5 failures, whatever the address).
  const other = await post('203.0.113.14', '/api/users/login', {
    email: t.world.editorB.email,
    password: passwordOf(t.world.editorB),
  })
  expect(other.status).toBe(200)
})
