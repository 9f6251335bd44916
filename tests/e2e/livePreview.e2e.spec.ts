// The editor's live preview: the real banner beside the form, following what they type, at the
// days they pick; and nobody else's to open.
import { expect, test } from '@playwright/test'

import { adminHeaders, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

test('an editor sees the real banner follow the theme they type, on the days they pick', async ({
  page,
  request,
}) => {
  await signIn(page)
  await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
  await page.getByRole('link', { name: /\[DEMO\]/ }).click()
  await page.waitForURL(/\/admin\/collections\/campaigns\/\d+$/)
  const id = page.url().split('/').pop() ?? ''
  const original = await page.getByLabel('Chủ đề').inputValue()
  try {
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click()
    const pane = page.frameLocator('#live-preview-iframe')
    const bar = pane.locator('campaign-banner[variant="bar"]')
    const card = pane.locator('campaign-banner[variant="card"]')
    await expect(bar.getByRole('heading', { name: original })).toBeVisible()
    await expect(card.getByRole('heading', { name: original })).toBeVisible()
    await expect(pane.getByTestId('preview-status')).toContainText('Khách truy cập thấy: «Còn')

    const theme = `Chủ đề đang soạn ${Date.now()}`
    // The form reopens on the tab this editor last used (Payload keeps it per user): go to Nội dung.
    await page.locator('.tabs-field__tab-button', { hasText: 'Nội dung' }).click()
    await page.getByLabel('Chủ đề').fill(theme)
    await expect(bar.getByRole('heading', { name: theme })).toBeVisible()
    await expect(card.getByRole('heading', { name: theme })).toBeVisible()

    await pane.getByRole('button', { name: 'Ngày cuối (23:59)' }).click()
    await expect(pane.getByTestId('preview-status')).toHaveText(
      'Khách truy cập thấy: «Hôm nay là ngày cuối»',
    )
    await expect(bar.locator('[part="phase"]')).toHaveText('Hôm nay là ngày cuối')
    await docsScreenshot(page, 'editor-live-preview')
    await pane.getByRole('button', { name: 'Ngày đầu' }).click()
    await expect(bar.locator('[part="phase"]')).toHaveText('Còn 30 ngày')
    await pane.getByRole('button', { name: 'Trước thời gian hiển thị' }).click()
    await expect(pane.getByTestId('preview-status')).toContainText(
      'Ngày này cổng chưa hiển thị biểu ngữ',
    )
    await expect(bar.getByRole('heading')).toHaveCount(0)

    // The portal still shows the published theme.
    const portal = await request.get('/api/public/sites/demo-portal/campaign?locale=vi')
    expect(((await portal.json()) as { campaign: { theme: string } }).campaign.theme).toBe(original)
  } finally {
    // Autosave kept the typed theme as a draft: put the seeded one back for the tests after.
    const restored = await request.patch(`/api/campaigns/${id}?draft=true&overrideLock=true`, {
      headers: await adminHeaders(request),
      data: { theme: original },
    })
    expect(restored.status(), await restored.text()).toBe(200)
  }
})

test('the preview page is not there for a visitor without a session', async ({ request }) => {
  const list = await request.get('/api/public/sites/demo-portal/campaign?locale=vi')
  const { campaign } = (await list.json()) as { campaign: { id: string } }
  const response = await request.get(`/preview/campaign/${campaign.id}`)
  expect(response.status()).toBe(404)
})
