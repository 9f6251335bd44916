// The session cookie is Secure whenever the CMS is served over https (PUBLIC_URL).
import { afterEach, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

const cookieSettingsFor = async (publicUrl: string) => {
  vi.stubEnv('PUBLIC_URL', publicUrl)
  vi.resetModules() // env.ts reads the environment once, at import
  const { Users } = await import('../src/collections/Users')
  return typeof Users.auth === 'object' ? Users.auth.cookies : undefined
}

it.each([
  ['https://cms.skhcn.khanhhoa.gov.vn', true],
  ['http://localhost:3000', false],
])('PUBLIC_URL %s: Secure %s', async (publicUrl, secure) => {
  expect((await cookieSettingsFor(publicUrl))?.secure).toBe(secure)
})
