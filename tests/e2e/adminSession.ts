// Signing in as README's development accounts (the e2e server's seed creates them): through the
// sign-in page for a walk, or for a token when a test cleans up over the REST API.
import type { APIRequestContext, Page } from '@playwright/test'

export const editor = { email: 'editor@example.com', password: 'editor-dev-only' }
export const admin = { email: 'admin@example.com', password: 'admin-dev-only' }

/** From the admin's address through the Vietnamese sign-in form to the dashboard. */
export const signIn = async (page: Page, account = editor): Promise<void> => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Mật khẩu').fill(account.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

/** The admin's authorization header, for cleanups that override an editor's lock. */
export const adminHeaders = async (request: APIRequestContext) => {
  const response = await request.post('/api/users/login', { data: admin })
  const { token } = (await response.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}
