// Settings read from the environment: what production refuses, and its safer defaults.
import { afterEach, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

const loadEnv = async (variables: Record<string, string>) => {
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value)
  vi.resetModules() // env.ts reads the environment once, at import
  return (await import('../src/env')).env
}

it('refuses to start in production with a PAYLOAD_SECRET under 32 characters, saying why', async () => {
  await expect(
    loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-secret-123' }),
  ).rejects.toThrow(/PAYLOAD_SECRET is 16 characters long; production needs at least 32/)
  await expect(loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })).rejects.toThrow(
    /PAYLOAD_SECRET is required in production/,
  )
  const env = await loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
  expect(env.secret).toHaveLength(32)
})

it('closes first-register and seeds accounts only, by default, in production', async () => {
  const production = await loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(64) })
  expect([production.allowFirstRegister, production.seedContent]).toEqual([false, false])
  const development = await loadEnv({ NODE_ENV: 'development' })
  expect([development.allowFirstRegister, development.seedContent]).toEqual([true, true])
  const opened = await loadEnv({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'x'.repeat(64),
    ALLOW_FIRST_REGISTER: 'true',
  })
  expect(opened.allowFirstRegister).toBe(true)
})

it.each([
  ['', 0],
  ['false', 0],
  ['true', 1],
  ['2', 2],
])('TRUST_PROXY=%j trusts %i proxies', async (value, hops) => {
  expect((await loadEnv({ TRUST_PROXY: value })).trustedProxyHops).toBe(hops)
})
