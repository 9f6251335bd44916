// Logs as production writes them (LOG_JSON=true), from a CMS instance in its own process: every
// line is one JSON object, a request's lines carry the id its answer echoes in X-Request-Id, and
// no password, token or session cookie reaches any line, on a failed sign-in and a failed upload
// (where Payload logs the error it answers with).
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startWebInstance } from './helpers/otherInstance'
import { passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let cms: Awaited<ReturnType<typeof startWebInstance>>

const WRONG_PASSWORD = 'Sai-Mat-Khau-9f3e1c'

beforeAll(async () => {
  cms = await startWebInstance({ LOG_JSON: 'true', LOG_LEVEL: 'debug' })
}, 300_000)

afterAll(async () => {
  await cms.stop()
})

/** The lines written once it served (before, development's schema push draws a spinner). */
const logLines = () =>
  cms
    .output()
    .split(/^READY .*$/m)
    .at(-1)
    ?.split('\n')
    .filter((line) => line.trim() !== '') ?? []

/** Waits for the instance to write the lines of what it just answered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

it('writes one JSON object per line', async () => {
  await fetch(`${cms.origin}/api/users/me`)
  await settle()
  const lines = logLines()
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow()
})

it('echoes a request id and writes it on the request’s access line', async () => {
  const response = await fetch(`${cms.origin}/api/users/me`)
  const requestId = response.headers.get('x-request-id') ?? ''
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
  await settle()
  const lines = logLines().map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(lines).toContainEqual(
    expect.objectContaining({ requestId, method: 'GET', path: '/api/users/me', status: 200 }),
  )
})

it('does not take a request id a visitor sends (no trusted proxy here)', async () => {
  const response = await fetch(`${cms.origin}/api/users/me`, {
    headers: { 'x-request-id': 'forged-by-a-visitor' },
  })
  expect(response.headers.get('x-request-id')).not.toBe('forged-by-a-visitor')
})

it('a failed sign-in: the password is in no log line', async () => {
  const response = await fetch(`${cms.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: 'payload-token=not-a-real-session' },
    body: JSON.stringify({ email: t.world.editorA.email, password: WRONG_PASSWORD }),
  })
  expect(response.status).toBe(401)
  const body = await response.text()
  expect(body).not.toMatch(/\n\s+at /)
  await settle()
  const output = cms.output()
  expect(output).toContain(response.headers.get('x-request-id'))
  expect(output).not.toContain(WRONG_PASSWORD)
  expect(output).not.toContain('not-a-real-session')
})

it('a failed upload: the session token is in no log line, no stack trace in the answer', async () => {
  const login = await fetch(`${cms.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: t.world.editorA.email, password: passwordOf(t.world.editorA) }),
  })
  const { token } = (await login.json()) as { token: string }
  const form = new FormData()
  // A program under a document's name: refused.
  form.append(
    'file',
    new Blob([Buffer.from('MZ\x90\x00 not a document')], { type: 'application/pdf' }),
    'ke-hoach.pdf',
  )
  form.append('_payload', JSON.stringify({ title: 'Tệp hỏng', password: WRONG_PASSWORD }))
  const response = await fetch(`${cms.origin}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, cookie: `payload-token=${token}` },
    body: form,
  })
  expect(response.status).toBeGreaterThanOrEqual(400)
  const body = await response.text()
  expect(body).not.toMatch(/\n\s+at |"stack"/)
  await settle()
  const output = cms.output()
  expect(output).toContain(response.headers.get('x-request-id'))
  expect(output).not.toContain(token)
  expect(output).not.toContain(WRONG_PASSWORD)
})
