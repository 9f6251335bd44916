// The pages a webmaster links or frames (issue 10): the embed page, framed from another origin or
// refused by frame-ancestors, and the archive page with JavaScript off and in print. Each passes
// axe-core with no serious or critical violation.
import { once } from 'node:events'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { docsScreenshot } from './docsScreenshot'

const DEMO = 'demo-portal' // allows any origin to read and frame it
const KHANH_HOA = 'skhcn-khanhhoa' // allows https://skhcn.khanhhoa.gov.vn only

/** The theme the demo site shows now, from the public API the banner reads too. */
const demoTheme = async (baseURL: string): Promise<string> => {
  const response = await fetch(`${baseURL}/api/public/sites/${DEMO}/campaign?locale=vi`)
  return ((await response.json()) as { campaign: { theme: string } }).campaign.theme
}

/** axe-core's serious and critical findings on the page, as `rule: target` lines. */
const seriousViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .flatMap(({ id, nodes }) => nodes.map((node) => `${id}: ${node.target.join(' ')}`))
}

/** Collects the console's CSP reports (a refused script, style, frame or Trusted Types sink). */
const cspReports = (page: Page): string[] => {
  const reports: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Trusted Type/i.test(message.text())) {
      reports.push(message.text())
    }
  })
  return reports
}

test.describe('the embed page', () => {
  for (const variant of ['bar', 'card', 'compact'] as const) {
    test(`${variant}: the banner renders under the page's own CSP and passes axe`, async ({
      page,
      baseURL,
    }) => {
      const theme = await demoTheme(baseURL ?? '')
      const reports = cspReports(page)
      const response = await page.goto(`/embed/${DEMO}?variant=${variant}`)
      expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *')
      await expect(page).toHaveTitle('Chiến dịch truyền thông – Cổng thông tin minh họa (DEMO)')
      await expect(page.getByRole('heading', { level: 1, name: theme })).toBeVisible()
      expect(reports).toEqual([])
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  // The page reserves each variant's frame height for the frame's width (embedHtml.ts,
  // EMBED_FRAMES): at each width, what it reserves must hold the banner's own height.
  for (const variant of ['bar', 'card', 'compact'] as const) {
    test(`${variant}: at every width the reserved height holds the banner`, async ({ page }) => {
      const widths = variant === 'card' ? [300] : [320, 360, 480, 600, 720, 800, 1000, 1280]
      const rows: string[] = []
      for (const width of widths) {
        await page.setViewportSize({ width, height: 1000 })
        await page.goto(`/embed/${DEMO}?variant=${variant}`)
        const banner = page.locator('campaign-banner')
        await expect(banner.getByRole('heading')).toBeVisible()
        const { reserved, own } = await banner.evaluate((element: HTMLElement) => {
          const reserved = parseFloat(getComputedStyle(element).minHeight)
          // The banner's own height: the reservation undone (the element's :host uses it too).
          element.style.setProperty('--campaign-min-height', '0px')
          element.style.minHeight = '0px'
          return { reserved, own: element.getBoundingClientRect().height }
        })
        rows.push(`${width}: ${Math.ceil(own)}/${reserved}`)
        expect(own, `${variant} at ${width} px`).toBeLessThanOrEqual(reserved)
      }
      console.log(`embed ${variant}, width: banner/reserved px — ${rows.join(', ')}`)
    })
  }

  test.describe('framed by a portal of another origin', () => {
    // Frames of the sizes EMBED_FRAMES gives, at a desktop column's width for the full-width ones.
    const FRAMES = {
      bar: { width: 800, height: 230 },
      card: { width: 300, height: 410 },
      compact: { width: 800, height: 110 },
    }
    let server: Server
    let portal = ''
    let html = ''

    test.beforeAll(async () => {
      server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
      })
      server.listen(0, '127.0.0.1')
      await once(server, 'listening')
      portal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })

    test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    const framePage = (src: string, { width, height }: { width: number; height: number }) =>
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head>` +
      `<body><iframe src="${src}" title="Chiến dịch truyền thông" width="${width}" ` +
      `height="${height}" style="border:0"></iframe></body></html>`

    for (const [variant, size] of Object.entries(FRAMES)) {
      test(`${variant} at ${size.width}×${size.height}: shows the campaign whole, no scrollbars`, async ({
        page,
        baseURL,
      }) => {
        const theme = await demoTheme(baseURL ?? '')
        html = framePage(`${baseURL}/embed/${DEMO}?variant=${variant}`, size)
        await page.setViewportSize({ width: 1280, height: 800 })
        await page.goto(`${portal}/`)
        const frame = page.frameLocator('iframe')
        await expect(frame.getByRole('heading', { name: theme })).toBeVisible()
        // Scrollbars are ruled out by the page's CSS; what is checked is that the banner fits.
        const fit = await frame.locator('campaign-banner').evaluate((banner) => {
          const root = banner.ownerDocument.documentElement
          return {
            banner: banner.getBoundingClientRect().height,
            content: root.scrollHeight,
            overflow: getComputedStyle(root).overflow,
          }
        })
        console.log(`embed ${variant} in ${size.width}×${size.height}: banner ${fit.banner} px`)
        expect(fit.overflow).toBe('hidden')
        expect(fit.content).toBeLessThanOrEqual(size.height)
        expect(fit.banner).toBeLessThanOrEqual(size.height)
        await docsScreenshot(page.locator('iframe'), `webmaster-iframe-${variant}`)
      })
    }

    test('a site that does not list the portal’s origin cannot be framed by it', async ({
      page,
      baseURL,
    }) => {
      const reports = cspReports(page)
      html = framePage(`${baseURL}/embed/${KHANH_HOA}`, FRAMES.bar)
      await page.goto(`${portal}/`)
      await expect.poll(() => reports.join('\n')).toContain('frame-ancestors')
      await expect(page.frameLocator('iframe').locator('campaign-banner')).toHaveCount(0)
    })
  })
})

test.describe('the archive page', () => {
  for (const locale of ['vi', 'en'] as const) {
    test(`${locale}: every edition, one h1, and axe passes`, async ({ page }) => {
      await page.goto(`/sites/${KHANH_HOA}/archive?locale=${locale}`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      expect(await page.getByRole('article').count()).toBeGreaterThan(1)
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('the 2021 edition’s page prints without navigation, and axe passes', async ({ page }) => {
    await page.goto(`/sites/${KHANH_HOA}/archive/2021`)
    await expect(page.getByRole('article')).toHaveCount(1)
    await expect(page.getByRole('navigation')).toBeVisible()
    await docsScreenshot(page, 'webmaster-archive-2021')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation')).toBeHidden()
    expect(await seriousViolations(page)).toEqual([])
  })

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false })

    test('the 2021 edition states the announcement: four activities, both documents', async ({
      page,
    }) => {
      await page.goto(`/sites/${KHANH_HOA}/archive/2021`)
      const edition = page.getByRole('article')
      await expect(edition).toHaveCount(1)
      const activities = edition.getByRole('list', { name: 'Hoạt động chính' })
      await expect(activities.getByRole('listitem')).toHaveCount(4)
      const documents = edition.getByRole('list', { name: 'Văn bản chỉ đạo' })
      await expect(documents.getByRole('listitem')).toHaveCount(2)
      for (const title of ['Công văn số 2768/SLĐTBXH-BTXHTEBĐG', 'Kế hoạch số 10909/KH-UBND']) {
        await expect(documents.getByText(title, { exact: true })).toBeVisible()
      }
    })
  })
})
