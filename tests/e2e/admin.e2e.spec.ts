import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

// The dev-only accounts README lists; `pnpm dev` seeds them into the throw-away database.
const editor = { email: 'editor@example.com', password: 'editor-dev-only' }

const logIn = async (page: Page) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Mật khẩu').fill(editor.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

test('an editor whose browser is in English gets the admin in Vietnamese with the seeded campaigns', async ({
  page,
}) => {
  await logIn(page)
  await page.goto('/admin/collections/campaigns')
  await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible()
  await expect(
    page.getByRole('link', { name: /Triển khai Tháng hành động vì bình đẳng giới .* năm 2021/ }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /\[DEMO\]/ })).toBeVisible()
  // No third-party avatar: nothing about editors leaves the CMS, nothing breaks offline.
  await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)
})

test('an imperfect document number warns the editor and still saves', async ({ page }) => {
  await logIn(page)
  await page.goto('/admin/collections/documents/create')
  await page.locator('#field-number').fill('Số 15 / KH-UBND')
  await expect(page.getByRole('status').filter({ hasText: 'không theo mẫu' })).toBeVisible()
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Kế hoạch' }).click()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('đã được tạo thành công')).toBeVisible()
})

test('a site shows the webmaster its ready-to-paste embed snippet', async ({ page, baseURL }) => {
  await logIn(page)
  await page.goto('/admin/collections/sites')
  const edit = await page
    .getByRole('link', { name: 'Cổng thông tin minh họa (DEMO)' })
    .getAttribute('href')
  await page.goto(edit ?? '')
  const snippet = page.locator('pre').filter({ hasText: 'campaign-banner' })
  await expect(snippet).toContainText('<campaign-banner site="demo-portal" variant="bar">')
  await expect(snippet).toContainText(`src="${baseURL}/widget/v1/campaign-banner.js"`)
})

test('a hard-to-read accent colour shows the editor the colour the banner will use', async ({
  page,
}) => {
  await logIn(page)
  await page.goto('/admin/collections/campaigns')
  // Straight to the edit view: a click can land before the list page's links are hydrated.
  const edit = await page.getByRole('link', { name: /\[DEMO\]/ }).getAttribute('href')
  await page.goto(edit ?? '')
  await page.getByRole('button', { name: 'Giao diện' }).click()
  const colour = page.locator('#field-accentColor')
  await colour.fill('#ffee58')
  const hint = page.getByRole('status').filter({ hasText: 'khó đọc với chữ trắng' })
  await expect(hint).toContainText(/banner sẽ dùng #[0-9a-f]{6} \((4,[5-9]|[5-9],\d|\d\d,\d):1\)/)
  await colour.fill('#0b5394')
  await expect(page.getByRole('status').filter({ hasText: 'dễ đọc' })).toBeVisible()
})
