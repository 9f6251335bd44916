// Debian's Chromium (Playwright cannot download its own browsers here) and how every run of ours
// launches it: the e2e walks (playwright.config.ts) and the load run's admin check.
export const CHROMIUM_PATH = '/usr/bin/chromium'

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
