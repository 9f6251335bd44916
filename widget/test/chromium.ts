// Launch options for Debian's chromium (Playwright cannot download its own browsers here): its
// headless shell where installed, as Playwright itself uses for headless runs (lighter than the
// full browser; see tests/chromium.ts), else the full browser; CHROMIUM_PATH overrides both.
import { existsSync } from 'node:fs'

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'

export const CHROMIUM = {
  executablePath:
    process.env.CHROMIUM_PATH ??
    (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium'),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}
