// The admin as an editor meets a database fault: signed in through the sign-in page before it,
// they open the campaigns list from the dashboard while the database is away and get, in
// Vietnamese, what failed and that saved content is safe (cms/src/components/DatabaseOutage),
// not a blank page or Next's English one; once the database is back the screen reloads into the
// list by itself.
import { chromium } from '@playwright/test'

import { outageTexts } from '../../cms/src/components/DatabaseOutage/outageTexts'
import { chromiumArgs, CHROMIUM_PATH } from '../chromium'
import { signIn } from '../e2e/adminSession'

export interface AdminWatcher {
  /**
   * During the fault: the error screen's title and error code as the editor reads them after
   * opening the list (title '' when nothing clear).
   */
  openListDuringFault: () => Promise<{ title: string; code: string }>
  /** After the fault: ms until the same tab shows the list, or null after `timeoutMs`. */
  listShownAfterRecovery: (timeoutMs: number) => Promise<number | null>
  close: () => Promise<void>
  /** Where the screenshot of the error screen went. */
  screenshot: string
}

const LIST_HEADING = 'Chiến dịch'

export const openAdminWatcher = async (
  origin: string,
  account: { email: string; password: string },
  screenshot: string,
): Promise<AdminWatcher> => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs })
  const page = await browser.newPage({ baseURL: origin, locale: 'vi-VN' })
  await signIn(page, account)
  const listHeading = page.getByRole('heading', { name: LIST_HEADING, level: 1 })
  return {
    screenshot,
    openListDuringFault: async () => {
      await page.getByRole('link', { name: `Hiển thị tất cả ${LIST_HEADING}` }).click()
      const screen = page.getByRole('alert').filter({ hasText: outageTexts.vi.databaseTitle })
      try {
        await screen.waitFor({ timeout: 20_000 })
      } catch {
        return { title: '', code: '' }
      }
      await page.screenshot({ path: screenshot })
      const code = screen.locator('code')
      return {
        title: (await screen.getByRole('heading').textContent()) ?? '',
        code: (await code.count()) > 0 ? ((await code.textContent()) ?? '') : '',
      }
    },
    listShownAfterRecovery: async (timeoutMs) => {
      const from = Date.now()
      try {
        await listHeading.waitFor({ timeout: timeoutMs })
        return Date.now() - from
      } catch {
        return null
      }
    },
    close: () => browser.close(),
  }
}
