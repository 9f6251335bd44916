import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from '@playwright/test'

const here = path.dirname(fileURLToPath(import.meta.url))
const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://localhost:${port}`
// A database of its own, reset on every run, so end-to-end tests never touch dev data.
const dataDir = path.join(here, 'test-results', 'e2e-data')

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.e2e.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // The server is `pnpm dev` (README's run command): it compiles an admin route on its first
  // visit, which on two busy cores can take longer than Playwright's default 5 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // README's run command after install (build the widget, seed, serve), on a throw-away database.
    command: `rm -rf "${dataDir}" && pnpm dev`,
    cwd: path.resolve(here, '..'),
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      PAYLOAD_SECRET: 'e2e-only-secret',
      PORT: String(port),
      PUBLIC_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})
