// README's screenshots come from the e2e run itself, so they show what the tests just checked.
// `DOCS_SCREENSHOTS=1` writes them under docs/screenshots/ (then committed); otherwise they go to
// the run's artifacts, so an ordinary run leaves the working tree untouched.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Locator, Page } from '@playwright/test'

const here = path.dirname(fileURLToPath(import.meta.url))
const directory = process.env.DOCS_SCREENSHOTS
  ? path.resolve(here, '../../docs/screenshots')
  : path.resolve(here, '../test-results/screenshots')

export const docsScreenshot = async (target: Page | Locator, name: string): Promise<void> => {
  await target.screenshot({ path: path.join(directory, `${name}.png`), animations: 'disabled' })
}
