// Two projects. `browser`: the src/**/*.test.ts files in Debian's chromium through Playwright
// (Playwright cannot download its own browsers here). `dist`: node-side tests of the built files
// in dist/ (byte budget, manifest, the real bundles on a strict-CSP page); `pnpm test` builds first.
import { playwright } from '@vitest/browser-playwright'
import type { BrowserCommand } from 'vitest/node'
import { defineConfig } from 'vitest/config'
import { minifyStyles, minifyTemplates } from './scripts/minify.ts'
import { CHROMIUM } from './test/chromium.ts'

export interface MediaEmulation {
  media?: 'screen' | 'print' | null
  reducedMotion?: 'reduce' | 'no-preference' | null
  forcedColors?: 'active' | 'none' | null
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Playwright's page.emulateMedia: print, prefers-reduced-motion, forced-colors (null resets). */
    emulateMedia: (options: MediaEmulation) => Promise<void>
  }
}

const emulateMedia: BrowserCommand<[options: MediaEmulation]> = async ({ page }, options) => {
  await page.emulateMedia(options)
}

export default defineConfig({
  plugins: [minifyStyles(), minifyTemplates()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: CHROMIUM }),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia },
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'dist',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
  },
})
