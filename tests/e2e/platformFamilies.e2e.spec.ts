// The three portal platform families of issue 10, each a page of another origin than the CMS with
// the code a webmaster copies from the site's Embed panel pasted in: (a) scripts allowed, the
// script snippet; (b) scripts stripped (NukeViet), the image link, in a browser with JavaScript
// off; (c) iframes only, the iframe snippet. The webmaster walks there as a person does: sign in,
// the sites list, the site, the copy button. Each page shows the current campaign.
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { editor, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'
import type { PortalContent } from './portalPage'
import { plainPage, startPortal } from './portalPage'

const DEMO = 'demo-portal' // allows any origin
const DEMO_NAME = 'Cổng thông tin minh họa (DEMO)'
const VIEWPORT = { width: 1024, height: 640 }

interface Copied {
  script: string
  css: string
  imageBar: string
  imageCard: string
  iframe: string
  csp: string
}

/** What the demo site shows now, from the public API the banner reads too. */
const current = async (baseURL: string) => {
  const response = await fetch(`${baseURL}/api/public/sites/${DEMO}/campaign?locale=vi`)
  return ((await response.json()) as { campaign: { theme: string; articleUrl: string | null } })
    .campaign
}

/** Clicks a copy button, sees it say so, and returns what it put on the clipboard. */
const copy = async (page: Page, button: Locator): Promise<string> => {
  await expect(button).toHaveText('Sao chép')
  await button.click()
  await expect(button).toHaveText('Đã chép')
  return page.evaluate(() => navigator.clipboard.readText())
}

/** From the admin's address to the demo site's Embed panel, copying each snippet. */
const copyFromPanel = async (browser: Browser, baseURL: string): Promise<Copied> => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  const page = await context.newPage()
  await signIn(page, editor)
  await page.getByRole('link', { name: 'Hiển thị tất cả Trang thông tin' }).click()
  await page.getByRole('link', { name: DEMO_NAME }).click()
  await expect(page.getByRole('heading', { name: 'Mã nhúng banner' })).toBeVisible()

  const script = page.getByRole('region', { name: '1. Mã script' })
  const image = page.getByRole('region', { name: '2. Ảnh kèm liên kết, không cần JavaScript' })
  const iframe = page.getByRole('region', { name: '3. Khung nhúng (iframe)' })
  const csp = page.getByRole('region', { name: 'Content-Security-Policy của cổng' })
  await expect(script.getByText('Dùng khi cổng cho phép chèn <script>')).toBeVisible()
  await expect(image.getByText('Dùng khi trình soạn thảo của cổng xóa <script>')).toBeVisible()
  await expect(iframe.getByText('Dùng khi cổng chỉ cho phép iframe')).toBeVisible()
  // Each live preview shows the campaign: the banner, the picture, the framed page.
  const { theme } = await current(baseURL)
  const scriptPreview = script.frameLocator('iframe')
  await expect(scriptPreview.getByRole('heading', { name: theme })).toBeVisible()
  await expect
    .poll(() =>
      image
        .locator('iframe')
        .evaluate(
          (frame: HTMLIFrameElement) =>
            frame.contentDocument?.querySelector('img')?.naturalWidth ?? 0,
        ),
    )
    .toBeGreaterThan(0)
  await expect(
    iframe.frameLocator('iframe').frameLocator('iframe').getByRole('heading', { name: theme }),
  ).toBeVisible()

  // Named "Sao chép", then "Đã chép" once copied.
  const copyButton = (region: Locator) => region.getByRole('button', { name: /^(Sao|Đã) chép$/ })
  const copied: Copied = {
    script: await copy(page, copyButton(script).first()),
    css: await copy(page, copyButton(script).last()),
    imageBar: await copy(page, copyButton(image)),
    imageCard: '',
    iframe: await copy(page, copyButton(iframe)),
    csp: await copy(page, copyButton(csp)),
  }
  await image.getByRole('radio', { name: 'Khung 300×250' }).check()
  copied.imageCard = await copy(page, copyButton(image))
  await image.getByRole('radio', { name: 'Dải ngang 728×90' }).check()
  // Tall enough to hold the whole panel: the admin's sticky header stays off it.
  await page.setViewportSize({ width: 1280, height: 3600 })
  await docsScreenshot(page.locator('.embed-panel'), 'webmaster-embed-panel')
  await context.close()
  return copied
}

test.describe('a webmaster pastes the Embed panel’s code into each platform family', () => {
  test.describe.configure({ mode: 'serial' })

  let copied: Copied
  const content: PortalContent = { html: '', css: '' }
  let portal: Awaited<ReturnType<typeof startPortal>>

  test.beforeAll(async () => {
    portal = await startPortal(content)
  })

  test.afterAll(() => portal.close())

  test('the site’s Embed panel previews each snippet live and copies it', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000) // a whole walk through the admin, five copies and three previews
    copied = await copyFromPanel(browser, baseURL ?? '')
    expect(copied.script).toContain(`<campaign-banner site="${DEMO}" variant="bar" lang="vi">`)
    expect(copied.css).toContain("campaign-banner[variant='bar']")
    expect(copied.imageBar).toContain(`<a href="${baseURL}/go/${DEMO}"><img`)
    expect(copied.imageBar).toContain('width="728"\n  height="90"')
    expect(copied.imageCard).toContain('width="300"\n  height="250"')
    expect(copied.iframe).toContain(`src="${baseURL}/embed/${DEMO}?variant=bar&amp;locale=vi"`)
    expect(copied.csp).toMatch(
      /^Content-Security-Policy: script-src 'self' http:\/\/localhost:\d+;/,
    )
    for (const snippet of Object.values(copied)) expect(snippet).not.toMatch(/\bblocking\s*=/)
  })

  /** The portal's policy: the panel's line, with Trusted Types enforced as strict portals do. */
  const portalPolicy = () =>
    copied.csp.replace(/^Content-Security-Policy: /, '') +
    "; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'"

  /** Console reports of anything the portal's policy refused. */
  const cspReports = (page: Page): string[] => {
    const reports: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to|Trusted Type/i.test(message.text())) {
        reports.push(message.text())
      }
    })
    return reports
  }

  test('(a) scripts allowed: the script snippet shows the campaign under the panel’s CSP', async ({
    page,
    baseURL,
  }) => {
    const { theme } = await current(baseURL ?? '')
    content.html = plainPage({
      head: '<link rel="stylesheet" href="/portal.css">',
      body: copied.script,
    })
    content.css = copied.css
    content.headers = { 'content-security-policy': portalPolicy() }
    const reports = cspReports(page)
    await page.setViewportSize(VIEWPORT)
    await page.goto(`${portal.origin}/`)
    await expect(page.getByRole('heading', { name: theme })).toBeVisible()
    expect(reports).toEqual([])
    await docsScreenshot(page, 'webmaster-family-script')
  })

  test.describe('(b) scripts stripped', () => {
    test.use({ javaScriptEnabled: false })

    test('the image link shows the campaign’s picture at its declared size and leads via /go to the article', async ({
      page,
      request,
      baseURL,
    }) => {
      const { articleUrl } = await current(baseURL ?? '')
      // As NukeViet's editor leaves it: a, img and div kept, no script.
      content.html = plainPage({
        body: `<div class="bodytext">${copied.imageBar}</div>\n<div>${copied.imageCard}</div>`,
      })
      content.headers = { 'content-security-policy': portalPolicy() }
      const reports = cspReports(page)
      await page.setViewportSize(VIEWPORT)
      await page.goto(`${portal.origin}/`)
      const alt = await (await request.get(`/api/public/sites/${DEMO}/banner.txt?locale=vi`)).text()
      const images = page.getByRole('img', { name: alt.trim() })
      await expect(images).toHaveCount(2)
      for (const [index, size] of [
        [0, { width: 728, height: 90 }],
        [1, { width: 300, height: 250 }],
      ] as const) {
        const image = images.nth(index)
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBeGreaterThan(0)
        const box = await image.boundingBox()
        expect({ width: box?.width, height: box?.height }).toEqual(size)
      }
      const link = page.getByRole('link', { name: alt.trim() }).first()
      const href = (await link.getAttribute('href')) ?? ''
      expect(href).toBe(`${baseURL}/go/${DEMO}`)
      const go = await request.get(href, { maxRedirects: 0 })
      expect(go.status()).toBe(302)
      // The widget's own link is counted through /go too; the article it leads to rides along.
      const article = articleUrl ? new URL(articleUrl).searchParams.get('to') : null
      expect(article).toMatch(/^https?:\/\//)
      expect(go.headers().location).toBe(article)
      expect(reports).toEqual([])
      await docsScreenshot(page, 'webmaster-family-image')
    })
  })

  test('(c) iframes only: the iframe snippet frames the campaign whole, from another origin', async ({
    page,
    baseURL,
  }) => {
    const { theme } = await current(baseURL ?? '')
    content.html = plainPage({ body: copied.iframe })
    content.headers = { 'content-security-policy': portalPolicy() }
    const reports = cspReports(page)
    await page.setViewportSize(VIEWPORT)
    await page.goto(`${portal.origin}/`)
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { name: theme })).toBeVisible()
    await expect(page.locator('iframe')).toHaveAttribute(
      'title',
      `Chiến dịch truyền thông – ${DEMO_NAME}`,
    )
    // The frame is of another origin: its banner is measured from inside.
    const frameBox = await page.locator('iframe').boundingBox()
    const banner = await frame
      .locator('campaign-banner')
      .evaluate((element) => element.getBoundingClientRect().height)
    expect(banner).toBeLessThanOrEqual(frameBox?.height ?? 0)
    expect(reports).toEqual([])
    await docsScreenshot(page, 'webmaster-family-iframe')
  })
})
