// Publishing on purpose: an editor sees which fields the next publish changes, then schedules it
// at a minute of their choosing in the site's zone (dd/MM/yyyy HH:mm, 24-hour), and can cancel.
// The job itself runs on the server's minute tick; schedule.http.int.test.ts runs it.
import { expect, test } from '@playwright/test'

import { signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

/** `minutes` from now on the demo site's clock (Việt Nam), as an editor types it. */
const siteTime = (minutes: number): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

test('an editor sees the pending change, schedules the publication to the minute and cancels it', async ({
  page,
}) => {
  // Autosave, the list's refresh and two dialogs: more than the default minute on a busy machine.
  test.setTimeout(120_000)
  await signIn(page)
  await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
  await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /\[DEMO\]/ }).click()
  await page.waitForURL(/\/admin\/collections\/campaigns\/(?!create$)[^/]+$/, {
    waitUntil: 'commit',
  })
  const pending = page.locator('.pending-changes')
  await expect(pending).toContainText('Không có thay đổi nào chờ xuất bản')
  // Payload reopens a document on the tab its user last chose (the figures tab, after reach).
  await page.locator('.tabs-field__tab-button', { hasText: 'Nội dung' }).click()

  // Autosave keeps the edit as a draft; the sidebar names what "Xuất bản" would release.
  await page.locator('#field-theme').fill(`Chủ đề sửa lúc ${siteTime(0)}`)
  await expect(pending.getByRole('listitem')).toHaveText(['Chủ đề (Tiếng Việt)'])
  await docsScreenshot(page, 'editor-pending-changes')

  await page.getByRole('button', { name: 'Hẹn giờ xuất bản' }).click()
  const dialog = page.getByRole('dialog', { name: 'Hẹn giờ xuất bản' })
  await expect(dialog).toContainText('Sẽ thay đổi khi xuất bản: Chủ đề (Tiếng Việt)')
  await expect(dialog).toContainText('Theo giờ của trang: Asia/Ho_Chi_Minh (GMT+7).')
  const when = dialog.getByLabel('Thời điểm xuất bản')
  // A time already past is refused, in Vietnamese.
  await when.fill(siteTime(-10))
  await dialog.getByRole('button', { name: 'Hẹn giờ', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('đã qua')
  // Any minute: three from now, on the 24-hour clock.
  const at = siteTime(3)
  await when.fill(at)
  await dialog.getByRole('button', { name: 'Hẹn giờ', exact: true }).click()
  await expect(dialog.getByRole('status')).toHaveText(`Đã hẹn giờ xuất bản lúc ${at}.`)
  const scheduled = dialog.getByRole('list', { name: 'Đã hẹn giờ' })
  await expect(scheduled.getByRole('listitem')).toHaveCount(1)
  await expect(scheduled).toContainText(`Xuất bản lúc ${at}`)
  await docsScreenshot(dialog, 'editor-schedule')

  // Cancelled, and the draft discarded: the demo campaign is as the seed left it.
  await scheduled.getByRole('button', { name: 'Hủy hẹn giờ' }).click()
  await expect(dialog).toContainText('Chưa có lịch xuất bản nào.')
  await dialog.getByRole('button', { name: 'Đóng' }).click()
  await page.getByRole('button', { name: 'Bỏ bản nháp, quay về bản đã xuất bản' }).click()
  const revert = page
    .getByRole('dialog')
    .filter({ hasText: 'Bỏ bản nháp và quay về bản đã xuất bản?' })
  await revert.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(pending).toContainText('Không có thay đổi nào chờ xuất bản')
})
