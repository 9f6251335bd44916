// Debian's Chromium (Playwright cannot download its own browsers here) and how every run of ours
// launches it: the e2e walks (playwright.config.ts), the load run's admin check and the widget's
// browser tests (widget/test/chromium.ts).
import { existsSync } from 'node:fs'

// Playwright's own choice for headless runs is Chromium's headless shell (the same engine without
// the full browser around it); Debian packages it as chromium-headless-shell. Measured here: the
// 50 walks in 162 s against 193 s with the full browser, the same slow-phone figures. Where it is
// not installed, the full browser; CHROMIUM_PATH overrides both.
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium')

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  // Software compositing in the browser process instead of SwiftShader's GL in a GPU process: the
  // same pixels, and the GPU process no longer takes a third of a core on a machine without one.
  '--disable-software-rasterizer',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
