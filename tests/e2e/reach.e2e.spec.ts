// Reach figures, walked end to end: a visitor sees the banner on the demo portal and follows
// "Xem chi tiết" (through /go); the CMS writes its counts every second here (REACH_FLUSH_SECONDS
// in playwright.config); an editor then finds them in the demo edition's "Số liệu" tab.
import { expect, test } from '@playwright/test'

import { signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

// A person's browser: Playwright's headless Chromium says "HeadlessChrome", counted as a bot.
test.use({
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
})

test('after the banner was shown and its link followed, the editor sees displays and clicks', async ({
  page,
  baseURL,
}) => {
  // Two walks in one (a visitor's, then an editor's through sign-in and the admin's lists).
  test.setTimeout(150_000)
  await page.goto('/demo/')
  const link = page.locator('#banner-bar').getByRole('link', { name: 'Xem chi tiết' })
  await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/go/demo-portal\\?from=script`))
  await link.click()
  // /go counted the click and led to the article (the demo edition's is the demo portal).
  await page.waitForURL(`${baseURL}/demo/`)

  await signIn(page)
  await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
  await page.getByRole('link', { name: /\[DEMO\]/ }).click()
  await page.waitForURL(/\/admin\/collections\/campaigns\/[^/]+$/)
  await page.locator('.tabs-field__tab-button', { hasText: 'Số liệu' }).click()
  const summary = page.locator('.reach-figures__summary')
  // The counts reach the database within a flush interval; the tab reads them when it opens.
  await expect(async () => {
    await page.reload()
    await page.locator('.tabs-field__tab-button', { hasText: 'Số liệu' }).click()
    await expect(summary).toHaveText(/^[1-9][\d.]* lượt hiển thị, [1-9][\d.]* lượt bấm/, {
      timeout: 3_000,
    })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByRole('table').first()).toBeVisible()
  await expect(page.locator('.reach-figures__chart')).toBeVisible()
  await expect(page.getByRole('link', { name: '.xlsx' })).toBeVisible()
  await docsScreenshot(page, 'editor-reach-figures')
})
