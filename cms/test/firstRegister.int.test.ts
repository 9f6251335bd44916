// A fresh install where first-register is closed (production's default): nobody becomes admin
// by being first to reach the web form.
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { seed } from '../src/seed'
import { startApiServer } from './helpers/httpServer'
import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'

vi.hoisted(() => {
  process.env.ALLOW_FIRST_REGISTER = 'false'
})

let env: TestPayload
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  env = await startTestPayload()
  api = await startApiServer(env.payload.config)
})

afterAll(async () => {
  await api.close()
  await env.cleanup()
})

it('refuses first-register on an empty database and says what to do instead', async () => {
  const response = await fetch(`${api.origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'stranger@example.com', password: 'i-am-first' }),
  })
  expect(response.status).toBe(403)
  const { errors } = (await response.json()) as { errors: { message: string }[] }
  expect(errors[0]?.message).toContain('SEED_ADMIN_PASSWORD')
  expect(await env.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
})

it('the production seed makes the first admin from SEED_ADMIN_PASSWORD, and no content', async () => {
  process.env.SEED_ADMIN_EMAIL = 'admin@example.gov.vn'
  process.env.SEED_ADMIN_PASSWORD = 'from-SEED_ADMIN_PASSWORD'
  await seed({ payload: env.payload, withContent: false })
  const { user } = await env.payload.login({
    collection: 'users',
    data: { email: 'admin@example.gov.vn', password: 'from-SEED_ADMIN_PASSWORD' },
  })
  expect(user?.role).toBe('admin')
  expect(await env.payload.count({ collection: 'campaigns' })).toEqual({ totalDocs: 0 })
  expect(await env.payload.count({ collection: 'sites' })).toEqual({ totalDocs: 0 })
  await env.payload.delete({ collection: 'users', where: { id: { exists: true } } })
})
