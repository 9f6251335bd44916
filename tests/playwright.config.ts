import { statfsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from '@playwright/test'

import { chromiumArgs, CHROMIUM_PATH } from './chromium'

const here = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://localhost:${port}`
// A database of its own (one per port, so two runs can share the machine), reset on every run,
// so end-to-end tests never touch dev data.
const dataDir = path.join(here, 'test-results', `e2e-data-${port}`)

/** Free bytes in /dev/shm (0: there is none). */
const sharedMemoryBytes = (): number => {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm')
    return bavail * bsize
  } catch {
    return 0
  }
}
// Playwright launches Chromium with --disable-dev-shm-usage (a default Docker container's 64 MB
// /dev/shm makes it crash), so Chromium shares memory between its processes through files in the
// temporary folder, as it keeps its profiles there: in memory-backed /dev/shm where it is large,
// not on the disk.
if (sharedMemoryBytes() >= 2 ** 30 && !process.env.TMPDIR) process.env.TMPDIR = '/dev/shm'

const widgetBuild =
  process.env.WIDGET_BUILT === '1' ? '' : 'pnpm --filter @campaign/widget build && '

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.e2e.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build the test command has just made (`next build`), seeded as a production
    // install is (migrations, then the seed with the accounts' passwords from the environment),
    // on a throw-away database. Production pages are compiled already: no first-visit compile.
    // The widget is built first unless the caller has just built it (`pnpm test` has).
    command: `rm -rf "${dataDir}" && ${widgetBuild}NODE_ENV=production pnpm seed && pnpm start`,
    cwd: path.resolve(here, '..'),
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      PAYLOAD_SECRET: 'e2e-only-secret-of-at-least-32-characters',
      PORT: String(port),
      PUBLIC_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      DEMO_PAGES: 'true',
      // README's development accounts, given to the production seed as an operator would.
      SEED_ADMIN_PASSWORD: 'admin-dev-only',
      SEED_EDITOR_PASSWORD: 'editor-dev-only',
      // The demo portal's content too (a production seed makes accounts only by default).
      SEED_CONTENT: 'true',
      // Every test signs in from this one address.
      LOGIN_ATTEMPTS_PER_ADDRESS: '200',
      // Reach counts reach the database within a second, so the figures tab shows them at once.
      REACH_FLUSH_SECONDS: '1',
    },
  },
})
