// Editors in the admin, walked as a person walks it: from the admin's address, through sign-in,
// the dashboard and the lists, never by typing a record's URL.
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { admin, adminHeaders, editor, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

/** From the dashboard, the card of a collection: "Hiển thị tất cả Chiến dịch". */
const openList = async (page: Page, plural: string) => {
  await page.getByRole('link', { name: `Hiển thị tất cả ${plural}` }).click()
  await expect(page.getByRole('heading', { name: plural, level: 1 })).toBeVisible()
}

const shownDate = (day: Date) =>
  [day.getDate(), day.getMonth() + 1]
    .map((part) => String(part).padStart(2, '0'))
    .concat(String(day.getFullYear()))
    .join('/')

test('an editor whose browser is in English gets the admin in Vietnamese: their sites, then the campaigns', async ({
  page,
}) => {
  await signIn(page)
  // The home page: per site of theirs, what its banner shows now, as visitors see it.
  await expect(page.getByRole('heading', { name: 'Các trang của bạn' })).toBeVisible()
  const demoSite = page.getByRole('region', { name: 'Cổng thông tin minh họa (DEMO)' })
  await expect(
    demoSite.getByRole('link', { name: /^\[DEMO\].* · (Còn \d+ ngày|Ngày cuối)/ }),
  ).toBeVisible()
  await expect(demoSite.locator('campaign-banner').getByRole('heading').first()).toContainText(
    '[DEMO]',
  )
  await expect(page.getByRole('region', { name: /Sở Khoa học và Công nghệ/ })).toBeVisible()
  await docsScreenshot(page, 'editor-dashboard')
  await openList(page, 'Chiến dịch')
  await expect(
    page.getByRole('link', { name: /Triển khai Tháng hành động vì bình đẳng giới .* năm 2021/ }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /\[DEMO\]/ })).toBeVisible()
  // Newest first, with the phase a visitor sees today and the publication state.
  const demo = page.getByRole('row', { name: /\[DEMO\]/ })
  await expect(demo).toContainText('Đang diễn ra')
  await expect(demo).toContainText('Đã xuất bản')
  await expect(page.getByRole('row').nth(1)).toContainText('[DEMO]')
  // No third-party avatar: nothing about editors leaves the CMS, nothing breaks offline.
  await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)
})

test('an editor creates a campaign from the list, publishes it and sees it on the portal', async ({
  page,
  request,
}) => {
  const theme = `Chủ đề thử nghiệm ${Date.now()}`
  await signIn(page)
  await openList(page, 'Chiến dịch')
  await page.getByRole('link', { name: 'Tạo mới' }).click()
  // The admin makes the draft at once and opens it: the form, not "not found".
  await page.waitForURL(/\/admin\/collections\/campaigns\/(?!create$)[^/]+$/)
  const id = page.url().split('/').pop() ?? ''
  try {
    const sites = page.locator('#field-sites')
    // Already on the editor's first site; they show it on the demo portal instead.
    await expect(sites).toContainText('Sở Khoa học và Công nghệ tỉnh Khánh Hòa')
    await sites.getByRole('button', { name: 'Xóa', exact: true }).click()
    await sites.locator('.dropdown-indicator').click()
    await page.getByRole('option', { name: 'Cổng thông tin minh họa (DEMO)' }).click()
    await expect(sites).toContainText('Cổng thông tin minh họa (DEMO)')
    await expect(sites).not.toContainText('Sở Khoa học')

    await page.getByLabel('Tên chiến dịch thường niên').fill('Tháng hành động thử nghiệm')
    await page.getByLabel('Tiêu đề').fill('Tháng hành động thử nghiệm')
    await page.getByLabel('Chủ đề').fill(theme)
    await page.getByRole('button', { name: 'Thêm: Thông điệp' }).click()
    await page.getByLabel('Nội dung thông điệp').fill('Thông điệp thử nghiệm.')
    const today = new Date()
    const end = new Date(today.getTime() + 10 * 86_400_000)
    await page.getByRole('button', { name: 'Thời gian' }).click()
    await page.locator('#field-campaignWindow__start input').fill(shownDate(today))
    await page.keyboard.press('Enter')
    await page.locator('#field-campaignWindow__end input').fill(shownDate(end))
    await page.keyboard.press('Enter')
    await page.locator('#field-year').fill(String(today.getFullYear()))
    await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
    await expect(page.getByText('Trạng thái: Đã xuất bản')).toBeVisible()
    // Where it shows, said after the publish (the later start outshines the seeded edition).
    await expect(page.locator('.campaign-visibility')).toContainText(
      /Đang hiển thị trên: Cổng thông tin minh họa \(DEMO\) \(đến hết \d\d\/\d\d\/\d{4}\)/,
    )
    await docsScreenshot(page, 'editor-published-where-shown')

    // The portal's visitor sees it.
    await page.goto('/demo/')
    await expect(page.locator('#banner-bar').getByRole('heading', { name: theme })).toBeVisible()
  } finally {
    // The demo portal goes back to its seeded edition for the tests after this one.
    // The editor's session may still hold the document's edit lock: the cleanup overrides it.
    const removed = await request.delete(`/api/campaigns/${id}?overrideLock=true`, {
      headers: await adminHeaders(request),
    })
    expect(removed.status(), await removed.text()).toBe(200)
  }
})

test('an imperfect document number warns the editor and still saves', async ({ page }) => {
  await signIn(page)
  await openList(page, 'Văn bản')
  await page.getByRole('link', { name: 'Tạo mới' }).click()
  await page.locator('#field-number').fill('Số 15 / KH-UBND')
  await expect(page.getByRole('status').filter({ hasText: 'không theo mẫu' })).toBeVisible()
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Kế hoạch' }).click()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('đã được tạo thành công')).toBeVisible()
})

test('a document saved without its number gets an answer naming the field, not only a summary', async ({
  page,
}) => {
  await signIn(page)
  await openList(page, 'Văn bản')
  await page.getByRole('link', { name: 'Tạo mới' }).click()
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Kế hoạch' }).click()
  const answer = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && /\/api\/documents\?/.test(response.url()),
  )
  await page.getByRole('button', { name: 'Lưu' }).click()
  // The production server gives the admin each invalid field's path, which it marks the field by
  // (before the fix: the summary only, so nothing at the field).
  const body = (await (await answer).json()) as {
    errors: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
  }
  expect(body.errors[0]?.data?.errors).toEqual([
    expect.objectContaining({ path: 'number', message: 'Nhập số hiệu văn bản.' }),
  ])
})

test('an editor uploads a file from the files list; its owner site shows by name', async ({
  page,
  request,
}) => {
  await signIn(page)
  await openList(page, 'Tệp tải lên')
  await expect(
    page.getByRole('cell', { name: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa' }).first(),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Tạo mới' }).click()
  await page.locator('input[type="file"]').setInputFiles({
    name: 'ke-hoach-thu.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n',
    ),
  })
  await page.getByLabel('Tên hiển thị').fill('Kế hoạch thử')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('đã được tạo thành công')).toBeVisible()
  await expect(page.locator('#field-ownerSite')).toContainText(
    'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
  )
  const id = page.url().split('/').pop() ?? ''
  const removed = await request.delete(`/api/media/${id}`, { headers: await adminHeaders(request) })
  expect(removed.status(), await removed.text()).toBe(200)
})

test('a national document opens read-only for an editor, with no usable-looking buttons', async ({
  page,
}) => {
  await signIn(page)
  await openList(page, 'Văn bản')
  await page.getByRole('link', { name: '8935/BNV-CTTN&BĐG' }).click()
  await expect(page.locator('#field-number')).toBeDisabled()
  const file = page.locator('#field-file')
  await expect(file.getByRole('button')).toHaveCount(0)
  // Said by the stylesheet (a ::after), where the buttons were.
  const saysNoFile = await file
    .locator('.upload__dropzoneContent')
    .evaluate((element) => getComputedStyle(element, '::after').content)
  expect(saysNoFile).toBe('"Chưa có tệp"')
  await expect(page.locator('.date-time-picker__clear-button')).toBeHidden()
})

test('a site shows the webmaster its ready-to-paste embed snippet', async ({ page, baseURL }) => {
  await signIn(page)
  await openList(page, 'Trang thông tin')
  await page.getByRole('link', { name: 'Cổng thông tin minh họa (DEMO)' }).click()
  const snippet = page.locator('pre').filter({ hasText: 'campaign-banner' }).first()
  await expect(snippet).toContainText(
    '<campaign-banner site="demo-portal" variant="bar" lang="vi">',
  )
  await expect(snippet).toContainText(
    `href="${baseURL}/api/public/sites/demo-portal/campaign?locale=vi"`,
  )
  await expect(snippet).toContainText(`src="${baseURL}/widget/v1/campaign-banner.js"`)
  // The pinned build, as the CMS serves it now.
  const manifest = (await (await fetch(`${baseURL}/widget/v1/manifest.json`)).json()) as {
    files: Record<string, { hashed: string; integrity: string }>
  }
  const current = manifest.files['campaign-banner.js']
  const pinned = page.locator('pre').filter({ hasText: 'integrity=' })
  await expect(pinned).toContainText(`src="${baseURL}/widget/v1/${current?.hashed}"`)
  await expect(pinned).toContainText(`integrity="${current?.integrity}" crossorigin="anonymous"`)
})

test('a slug with accents and spaces gets the reason and the slug its words make', async ({
  page,
}) => {
  await signIn(page, admin)
  await openList(page, 'Trang thông tin')
  await page.getByRole('link', { name: 'Tạo mới' }).click()
  await expect(page.getByText('Chữ thường không dấu, số và dấu gạch ngang')).toBeVisible()
  const slug = page.locator('#field-slug')
  await slug.fill('Sở Y tế')
  await expect(
    page.getByRole('status').filter({ hasText: 'Mã trang “Sở Y tế” chưa dùng được' }),
  ).toBeVisible()
  await expect(page.locator('pre').filter({ hasText: 'campaign-banner' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Dùng “so-y-te”' }).click()
  await expect(slug).toHaveValue('so-y-te')
  await expect(page.locator('pre').filter({ hasText: 'campaign-banner' }).first()).toContainText(
    '<campaign-banner site="so-y-te" variant="bar" lang="vi">',
  )
})

test('a hard-to-read accent colour shows the editor the colour the banner will use', async ({
  page,
}) => {
  await signIn(page)
  await openList(page, 'Chiến dịch')
  await page.getByRole('link', { name: /\[DEMO\]/ }).click()
  await page.getByRole('button', { name: 'Giao diện' }).click()
  const colour = page.locator('#field-accentColor')
  await colour.fill('#ffee58')
  const hint = page.getByRole('status').filter({ hasText: 'khó đọc với chữ trắng' })
  await expect(hint).toContainText(/banner sẽ dùng #[0-9a-f]{6} \((4,[5-9]|[5-9],\d|\d\d,\d):1\)/)
  await colour.fill('#0b5394')
  await expect(page.getByRole('status').filter({ hasText: 'dễ đọc' })).toBeVisible()
})

test('the admin opened under the other loopback name is sent to its public address', async ({
  page,
  baseURL,
}) => {
  const elsewhere = (baseURL ?? '').replace('localhost', '127.0.0.1')
  expect(elsewhere).not.toBe(baseURL)
  await page.goto(`${elsewhere}/admin`)
  await expect(page).toHaveURL(`${baseURL}/admin/login`)
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Mật khẩu').fill(editor.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseURL}/admin`)
})
