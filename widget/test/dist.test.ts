// The built files on a portal page as webmasters embed them, in chromium: a strict CSP (script-src
// and connect-src limited to the CMS origin, no 'unsafe-inline', Trusted Types enforced), hostile page CSS, the module
// build included twice, the classic build mounting itself from data-* attributes, and the API
// origin taken from the script's own URL. Network is Playwright routes, not a server.
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright'
import { chromium } from 'playwright'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import type { Manifest } from '../scripts/manifest.ts'
import { responseWith } from '../src/test-fixtures.ts'
import { CHROMIUM } from './chromium.ts'

const PORTAL = 'https://portal.example'
const CMS = 'https://cms.example'
const CSP = [
  "default-src 'none'",
  `script-src ${CMS}`,
  `connect-src ${CMS}`,
  `style-src ${PORTAL}`,
  "frame-src 'none'",
  "base-uri 'none'",
  // Trusted Types: lit-html creates its policy once per copy of the script on the page.
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ')

const dist = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url))
const manifest = JSON.parse(dist('manifest.json').toString()) as Manifest
const hashedModule = manifest.files['campaign-banner.js']?.hashed ?? ''

const HOSTILE_CSS = `
  * { all: unset }
  div { display: none !important }
  #aside { display: block !important }
  html { font-size: 40px }
  campaign-banner { display: inline; font-size: 5px; position: fixed; top: 0 }
`

const PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Portal</title><link rel="stylesheet" href="/page.css"></head>
<body>
  <p>Trang của Sở</p>
  <campaign-banner site="skhcn-khanhhoa" variant="bar" dismissible>
    <a href="${PORTAL}/thang-hanh-dong-2025">Tháng hành động vì bình đẳng giới 2025</a>
  </campaign-banner>
  <script type="module" src="${CMS}/widget/v1/campaign-banner.js" async></script>
  <script type="module" src="${CMS}/widget/v1/${hashedModule}"></script>
  <div id="aside"></div>
  <script src="${CMS}/widget/v1/campaign-banner.classic.js" data-site="skhcn-khanhhoa"
    data-variant="card" data-target="#aside" defer></script>
  <script src="${CMS}/widget/v1/campaign-banner.classic.js" data-site="skhcn-khanhhoa"
    data-variant="compact" data-lang="en" defer></script>
</body>
</html>`

let browser: Browser
let context: BrowserContext
let page: Page
let apiRequests: Request[]
let api: (route: Route) => Promise<void>
let problems: string[]
let html: string

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM)
})

afterAll(async () => {
  await browser?.close()
})

afterEach(async () => {
  await context?.close()
})

beforeEach(async () => {
  context = await browser.newContext()
  // A cookie the browser would send cross-site if the widget asked it to.
  await context.addCookies([
    { name: 'session', value: 'secret', url: CMS, sameSite: 'None', secure: true },
  ])
  page = await context.newPage()
  apiRequests = []
  problems = []
  html = PAGE
  api = (route) =>
    route.fulfill({
      json: responseWith(),
      headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' },
    })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.route(`${PORTAL}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    return path === '/page.css'
      ? route.fulfill({ body: HOSTILE_CSS, contentType: 'text/css' })
      : route.fulfill({
          body: html,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': CSP },
        })
  })
  await page.route(`${CMS}/**`, async (route) => {
    const url = new URL(route.request().url())
    if (url.pathname.startsWith('/api/')) {
      apiRequests.push(route.request())
      return api(route)
    }
    const name = url.pathname.replace('/widget/v1/', '')
    return route.fulfill({
      body: dist(name),
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
    })
  })
})

const banners = () => page.locator('campaign-banner')

test('renders under a strict CSP, hostile CSS and a double include, without errors', async () => {
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => banners().count()).toBe(3)
  for (const variant of ['bar', 'card', 'compact'])
    await expect
      .poll(() =>
        page.locator(`campaign-banner[variant=${variant}]`).locator('[part=phase]').count(),
      )
      .toBe(1)
  const bar = page.locator('campaign-banner[variant=bar]')
  expect(await bar.locator('h2').textContent()).toBe(responseWith().campaign?.theme)
  const host = await bar.evaluate((element) => {
    const style = getComputedStyle(element)
    const section = element.shadowRoot?.querySelector('section') as Element
    const { fontSize } = getComputedStyle(section)
    return [style.display, style.position, fontSize, element.getBoundingClientRect().height]
  })
  expect(host.slice(0, 3)).toEqual(['block', 'static', '16px'])
  expect(host[3]).toBeGreaterThan(40)
  await page.waitForTimeout(200)
  expect(problems).toEqual([])
})

test('the API origin is the script origin; one request per language; never cookies', async () => {
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => page.locator('[part=phase]').count()).toBe(3)
  const urls = apiRequests.map((request) => request.url()).sort()
  expect(urls).toEqual([
    `${CMS}/api/public/sites/skhcn-khanhhoa/campaign?locale=en`,
    `${CMS}/api/public/sites/skhcn-khanhhoa/campaign?locale=vi`,
  ])
  for (const request of apiRequests) expect((await request.allHeaders()).cookie).toBeUndefined()
  expect(await page.evaluate(() => document.cookie)).toBe('')
})

test('the classic build mounts before its script tag, or inside data-target', async () => {
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => banners().count()).toBe(3)
  const placement = await page.evaluate(() =>
    [...document.querySelectorAll('campaign-banner')].map((element) => [
      element.getAttribute('variant'),
      element.parentElement?.id || element.parentElement?.tagName,
      element.nextElementSibling?.tagName ?? null,
    ]),
  )
  expect(placement).toEqual([
    ['bar', 'BODY', 'SCRIPT'],
    ['card', 'aside', null],
    ['compact', 'BODY', 'SCRIPT'],
  ])
  expect(await page.locator('campaign-banner[variant=compact] [part=phase]').textContent()).toBe(
    // the fixture's server time is 20/11/2025: live, 25 days left
    '25 days left',
  )
})

test('API down: the fallback link shows, one console warning, no error text', async () => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  api = (route) => route.fulfill({ status: 503, body: 'down' })
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => apiRequests.length).toBe(2)
  // Both requests failed (one warning each), then every banner rendered what that left.
  const fromBanners = () => warnings.filter((text) => text.includes('campaign-banner'))
  await expect.poll(() => fromBanners().length).toBe(2)
  await page.$$eval('campaign-banner', (banners) =>
    Promise.all(banners.map((banner) => banner.updateComplete)),
  )
  const fallback = page.locator('campaign-banner[variant=bar] > a')
  expect(await fallback.isVisible()).toBe(true)
  expect(await page.locator('[part=base]').count()).toBe(0)
  expect(fromBanners()).toHaveLength(2) // vi and en
  expect(await page.locator('body').textContent()).not.toMatch(/503|error/i)
})

test('a repeat visit renders from the cache while the API is slow', async () => {
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => page.locator('[part=phase]').count()).toBe(3)
  let answer = () => {}
  api = (route) =>
    new Promise<void>((resolve) => {
      answer = () => void route.fulfill({ json: responseWith() }).then(resolve)
    })
  await page.reload()
  await expect.poll(() => page.locator('[part=phase]').count()).toBe(3)
  expect(apiRequests.length).toBe(4)
  answer()
})

test('the classic build waits for a later data-target; a bad selector only warns', async () => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  const classic = `${CMS}/widget/v1/campaign-banner.classic.js`
  html = `<!doctype html><html lang="en"><body>
    <script src="${classic}" data-site="skhcn-khanhhoa" data-target="#later"></script>
    <script src="${classic}" data-site="skhcn-khanhhoa" data-target="[oops"></script>
    <main id="later"></main>
  </body></html>`
  await page.goto(`${PORTAL}/`)
  await expect.poll(() => page.locator('#later [part=phase]').count()).toBe(1)
  expect(await banners().count()).toBe(1)
  expect(warnings).toEqual(['<campaign-banner>: no element matches data-target="[oops"'])
  expect(problems).toEqual([])
})
