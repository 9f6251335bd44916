// "Nhập từ thông báo" walked as an editor: from the campaigns list, paste the 2021 Khánh Hòa
// announcement, check what was read beside its source, confirm, and land on the new draft.
import { readFileSync } from 'node:fs'

import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { adminHeaders, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

const announcement = readFileSync(
  new URL('../../cms/src/seed/data/announcement-2021-skhcn-khanhhoa.txt', import.meta.url),
  'utf8',
)
const theme =
  'Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới'

const documentIds = async (request: APIRequestContext): Promise<number[]> => {
  const response = await request.get('/api/documents?depth=0&limit=1000', {
    headers: await adminHeaders(request),
  })
  const { docs } = (await response.json()) as { docs: Array<{ id: number }> }
  return docs.map(({ id }) => id)
}

test('an editor imports the 2021 announcement, checks it beside its source and opens the draft', async ({
  page,
  request,
}) => {
  // Sign-in, the list, the reading, the saving and the draft's form: five admin pages.
  test.setTimeout(120_000)
  const documentsBefore = await documentIds(request)
  await signIn(page)
  await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
  await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Nhập từ thông báo' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nhập chiến dịch từ thông báo' })
  await expect(dialog).toContainText('chưa có gì được lưu')
  // The editor's first site, as "Tạo mới" chooses it.
  await expect(dialog.getByLabel('Trang hiển thị chiến dịch')).toHaveValue(/\d+/)
  await expect(dialog.getByLabel('Trang hiển thị chiến dịch').locator('option:checked')).toHaveText(
    'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
  )
  await dialog.getByLabel('Nội dung thông báo').fill(announcement)
  await dialog.getByRole('button', { name: 'Đọc thông báo' }).click()

  // Each value beside the lines it came from.
  await expect(dialog.getByLabel('Chủ đề')).toHaveValue(theme)
  const themeRow = dialog.locator('[data-field="theme"]')
  await expect(themeRow.locator('.import-announcement__source')).toContainText('Dòng 9')
  await expect(themeRow.locator('mark')).toHaveText(theme)
  await expect(dialog.getByLabel('Từ ngày')).toHaveValue('15/11/2021')
  await expect(dialog.getByLabel('Đến ngày')).toHaveValue('15/12/2021')
  await expect(dialog.getByLabel('Năm')).toHaveValue('2021')
  await expect(dialog.locator('[data-field^="message-"]')).toHaveCount(2)
  const activities = dialog.locator('[data-field^="activity-"]')
  await expect(activities).toHaveCount(4)
  // The third paragraph holds two activities: both rows point at the same source line.
  await expect(activities.nth(2).locator('.import-announcement__line-number')).toHaveText('Dòng 25')
  await expect(activities.nth(3).locator('.import-announcement__line-number')).toHaveText('Dòng 25')
  await expect(dialog.locator('[data-field="document-0"]')).toContainText(
    'Công văn 2768/SLĐTBXH-BTXHTEBĐG — 05/11/2021 — Sở Lao động - Thương binh và Xã hội',
  )
  await expect(dialog.locator('[data-field="document-1"]')).toContainText(
    'Kế hoạch 10909/KH-UBND — 01/11/2021 — UBND tỉnh Khánh Hòa',
  )
  // The seed holds both documents: the draft will use them, not copies.
  await expect(
    dialog.locator('[data-field^="document-"]').getByText('Dùng văn bản đã có'),
  ).toHaveCount(2)
  // What could not be read, or needs a look, is listed plainly.
  const problems = dialog.getByRole('region', { name: 'Chưa đọc được hoặc cần kiểm tra' })
  await expect(problems).toContainText('Thông báo nhắc đến tệp đính kèm')
  await expect(problems).toContainText('có lẽ thiếu dấu gạch nối')
  await docsScreenshot(page, 'editor-import')

  await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click()
  await page.waitForURL(/\/admin\/collections\/campaigns\/\d+$/)
  const id = page.url().split('/').pop() ?? ''
  try {
    await expect(page.getByLabel('Chủ đề')).toHaveValue(theme)
    await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible()
    await expect(page.locator('#field-year')).toHaveValue('2021')
    await page.getByRole('button', { name: 'Thời gian' }).click()
    await expect(page.locator('#field-campaignWindow__start input')).toHaveValue('15/11/2021')
    await expect(page.locator('#field-campaignWindow__end input')).toHaveValue('15/12/2021')
  } finally {
    const headers = await adminHeaders(request)
    const removed = await request.delete(`/api/campaigns/${id}?overrideLock=true`, { headers })
    expect(removed.status(), await removed.text()).toBe(200)
    // Documents the import created (none when the seed already holds both) go with it.
    const created = (await documentIds(request)).filter((doc) => !documentsBefore.includes(doc))
    for (const doc of created) {
      const gone = await request.delete(`/api/documents/${doc}`, { headers })
      expect(gone.status(), await gone.text()).toBe(200)
    }
  }
})
