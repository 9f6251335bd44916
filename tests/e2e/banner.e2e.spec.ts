import { once } from 'node:events'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

// What the seeded demo site shows today, read from the public API the banner itself reads.
interface Current {
  campaign: { theme: string; title: string; window: { start: string; end: string } }
}

const demoCampaign = async (baseURL: string): Promise<Current['campaign']> => {
  const response = await fetch(`${baseURL}/api/public/sites/demo-portal/campaign?locale=vi`)
  return ((await response.json()) as Current).campaign
}

const shownDate = (day: string) => day.split('-').reverse().join('/')

const expectBannerShows = async (page: Page, id: string, campaign: Current['campaign']) => {
  const banner = page.locator(`#${id}`)
  await expect(banner.getByRole('heading', { name: campaign.theme })).toBeVisible()
  await expect(banner.getByText(/^Còn \d+ ngày$/)).toBeVisible()
  await expect(
    banner.getByText(`${shownDate(campaign.window.start)} – ${shownDate(campaign.window.end)}`),
  ).toBeVisible()
  await expect(banner.getByRole('link', { name: 'Tháng hành động vì bình đẳng giới' })).toBeHidden()
}

test('the demo portal shows the seeded campaign as a bar and as a card', async ({
  page,
  baseURL,
}) => {
  const campaign = await demoCampaign(baseURL ?? '')
  await page.goto('/demo/')
  await expectBannerShows(page, 'banner-bar', campaign)
  await expectBannerShows(page, 'banner-card', campaign)
  await expect(page.locator('#banner-bar').getByRole('region')).toHaveAccessibleName(campaign.theme)
  const bar = page.locator('#banner-bar')
  await expect(
    bar.getByRole('link', { name: 'Kế hoạch triển khai chi tiết (tệp minh họa)' }),
  ).toHaveAttribute('href', new RegExp(`^${baseURL}/api/media/file/.+\\.pdf$`))
  await expect(bar.getByText(/^\(PDF, [\d,]+ (B|KB)\)$/)).toBeVisible()
  await expect(bar.getByRole('link', { name: 'Xem chi tiết' })).toHaveAttribute(
    'href',
    `${baseURL}/demo/`,
  )
})

test('under a strict CSP the banner renders with no policy violation', async ({
  page,
  baseURL,
}) => {
  const campaign = await demoCampaign(baseURL ?? '')
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/demo/csp')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline')
  await expectBannerShows(page, 'banner-bar', campaign)
  await expectBannerShows(page, 'banner-card', campaign)
  expect(violations).toEqual([])
})

test('hostile global CSS on the page does not break the banner', async ({ page, baseURL }) => {
  const campaign = await demoCampaign(baseURL ?? '')
  await page.goto('/demo/hostile')
  await expectBannerShows(page, 'banner-bar', campaign)
  const heading = page.locator('#banner-bar').getByRole('heading', { name: campaign.theme })
  // html { font-size: 40px } and 3em !important on headings outside: the banner keeps its own size.
  const fontSize = await heading.evaluate((element) =>
    parseFloat(getComputedStyle(element).fontSize),
  )
  expect(fontSize).toBeGreaterThan(12)
  expect(fontSize).toBeLessThan(30)
  const box = await page.locator('#banner-bar').boundingBox()
  expect(box?.height).toBeGreaterThan(40)
  expect(box?.height).toBeLessThan(400)
})

test('with the API unreachable the webmaster’s fallback shows, and no error text', async ({
  page,
}) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await page.route('**/api/public/**', (route) => route.abort('connectionrefused'))
  await page.goto('/demo/')
  const bar = page.locator('#banner-bar')
  await expect(bar.getByRole('link', { name: 'Tháng hành động vì bình đẳng giới' })).toBeVisible()
  await expect(bar.getByRole('heading')).toHaveCount(0)
  await expect(page.getByText(/error|lỗi/i)).toHaveCount(0)
  // Both banners share one request, so one failure, one warning.
  await expect.poll(() => warnings.length).toBe(1)
})

test('a repeat visit shifts no layout (the banner reserves its height from cache)', async ({
  page,
  baseURL,
}) => {
  const campaign = await demoCampaign(baseURL ?? '')
  await page.goto('/demo/')
  await expectBannerShows(page, 'banner-bar', campaign)
  await page.goto('/demo/')
  await expectBannerShows(page, 'banner-bar', campaign)
  await page.waitForTimeout(1000)
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            total += (entry as PerformanceEntry & { value: number }).value
          }
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )
  expect(shift).toBe(0)
})

test.describe('the README snippet on a plain page of another origin', () => {
  let server: Server
  let pageOrigin = ''
  let html = ''

  test.beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(html)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    pageOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  test.afterAll(() => {
    server.close()
  })

  test('the module snippet shows the seeded campaign', async ({ page, baseURL }) => {
    const campaign = await demoCampaign(baseURL ?? '')
    html = `<!doctype html><html lang="vi"><body><h1>Cổng thông tin khác</h1>
<campaign-banner site="demo-portal" variant="bar" id="banner">
  <a href="https://portal.example/thang-hanh-dong-2025">Tháng hành động vì bình đẳng giới 2025</a>
</campaign-banner>
<script type="module" src="${baseURL}/widget/v1/campaign-banner.js" async></script>
</body></html>`
    await page.goto(`${pageOrigin}/`)
    await expect(
      page.locator('#banner').getByRole('heading', { name: campaign.theme }),
    ).toBeVisible()
  })

  test('the hashed file with its SRI hash, and the classic script, work too', async ({
    page,
    baseURL,
  }) => {
    const campaign = await demoCampaign(baseURL ?? '')
    const manifest = (await (await fetch(`${baseURL}/widget/v1/manifest.json`)).json()) as {
      files: Record<string, { hashed: string; integrity: string }>
    }
    const module = manifest.files['campaign-banner.js']
    const classic = manifest.files['campaign-banner.classic.js']
    html = `<!doctype html><html lang="en"><body>
<campaign-banner site="demo-portal" variant="compact" id="module"></campaign-banner>
<script type="module" src="${baseURL}/widget/v1/${module?.hashed}" integrity="${module?.integrity}" crossorigin="anonymous"></script>
<aside id="sidebar"></aside>
<script src="${baseURL}/widget/v1/${classic?.hashed}" integrity="${classic?.integrity}" crossorigin="anonymous" data-site="demo-portal" data-variant="card" data-lang="vi" data-target="#sidebar" defer></script>
</body></html>`
    await page.goto(`${pageOrigin}/`)
    await expect(page.locator('#module').getByRole('heading')).toBeVisible()
    await expect(
      page.locator('#sidebar campaign-banner').getByRole('heading', { name: campaign.theme }),
    ).toBeVisible()
  })
})
