// An editor's yearly cycle, walked as a person walks it: the dashboard's reminder, next year's
// edition from last year's, a new theme, message and plan (PDF), the live preview on three days,
// publishing, the demo portal, a later draft the portal does not show, and an editor of another
// site who sees none of it.
//
// The reminder depends on today: the seeded series' is due only between mid-September and
// mid-December. So the walk brings its own series on the demo portal, whose last edition began
// a year and two days ago: its reminder shows on any day the tests run, and the new edition is
// live today (it begins after the seeded demo edition, so the portal shows it).
import type { APIRequestContext, Browser } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { adminHeaders, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

// What follows a page load or a save: the admin's pages take a while on a busy 2-core machine.
const afterLoad = expect.configure({ timeout: 30_000 })

const SERIES = 'Tuần lễ thử nghiệm vòng năm'
const DEMO_SITE = 'Cổng thông tin minh họa (DEMO)'
const OTHER_SITE = 'Sở thử nghiệm khác (e2e)'
const otherEditor = { email: 'editor-other-e2e@example.com', password: 'other-e2e-only-pw' }
const PLAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 1\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n',
)

/** Today in the demo site's zone, as YYYY-MM-DD, moved by days and years. */
const dayInHanoi = ({ days = 0, years = 0 }: { days?: number; years?: number }): string => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-')
    .map(Number)
  return new Date(Date.UTC((y ?? 0) + years, (m ?? 1) - 1, (d ?? 1) + days))
    .toISOString()
    .slice(0, 10)
}

const idOf = async (request: APIRequestContext, path: string, headers: Record<string, string>) => {
  const response = await request.get(path, { headers })
  const { docs } = (await response.json()) as { docs: Array<{ id: number }> }
  return docs[0]?.id
}

/** Last year's published edition of the walk's series, another site and its editor. */
const setUp = async (request: APIRequestContext) => {
  const headers = await adminHeaders(request)
  const demoSite = await idOf(request, '/api/sites?where[slug][equals]=demo-portal', headers)
  const seededPlan = await idOf(
    request,
    '/api/media?where[filename][equals]=ke-hoach-trien-khai-thang-hanh-dong-2021.pdf',
    headers,
  )
  const start = dayInHanoi({ days: -2, years: -1 })
  const lastYear = Number(start.slice(0, 4))
  const created = await request.post('/api/campaigns', {
    headers,
    data: {
      seriesName: SERIES,
      title: `${SERIES} ${lastYear}`,
      slug: `tuan-le-thu-nghiem-vong-nam-${lastYear}`,
      theme: 'Chủ đề năm trước',
      year: lastYear,
      messages: [{ text: 'Thông điệp năm trước.' }],
      campaignWindow: { start, end: dayInHanoi({ days: 20, years: -1 }) },
      sites: [demoSite],
      attachments: [seededPlan],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const site = await request.post('/api/sites', {
    headers,
    data: {
      name: OTHER_SITE,
      slug: 'so-thu-nghiem-khac-e2e',
      timeZone: 'Asia/Ho_Chi_Minh',
      defaultLocale: 'vi',
    },
  })
  expect(site.status(), await site.text()).toBe(201)
  const otherSite = ((await site.json()) as { doc: { id: number } }).doc.id
  const user = await request.post('/api/users', {
    headers,
    data: { ...otherEditor, role: 'editor', name: 'Biên tập viên khác', sites: [otherSite] },
  })
  expect(user.status(), await user.text()).toBe(201)
  return {
    year: lastYear + 1,
    lastEdition: ((await created.json()) as { doc: { id: number } }).doc.id,
    otherSite,
    otherUser: ((await user.json()) as { doc: { id: number } }).doc.id,
  }
}

/** What the demo portal's public answer says now. */
const portalCampaign = async (request: APIRequestContext) => {
  const response = await request.get('/api/public/sites/demo-portal/campaign?locale=vi')
  return ((await response.json()) as { campaign: { theme: string } | null }).campaign
}

/** The other site's editor: their dashboard, the campaigns list, the edition over REST. */
const seenByOtherSiteEditor = async (browser: Browser, editionId: string) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  try {
    await signIn(page, otherEditor)
    await expect(page.getByRole('region', { name: OTHER_SITE })).toBeVisible()
    await expect(page.getByRole('region', { name: DEMO_SITE })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /^Tạo kỳ/ })).toHaveCount(0)
    await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
    await expect(page.getByRole('heading', { name: 'Chiến dịch', level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: new RegExp(SERIES) })).toHaveCount(0)
    // Nor may they change it (reading a published edition is public).
    const change = await page.request.patch(`/api/campaigns/${editionId}`, {
      data: { theme: 'Không phải của tôi' },
    })
    expect([403, 404]).toContain(change.status())
    // In the English interface, the content language is named in English too.
    await context.addCookies([
      { name: 'payload-lng', value: 'en', url: new URL('/', page.url()).href },
    ])
    await page.goto('/admin/collections/documents')
    await expect(page.getByRole('button', { name: 'Content language' })).toContainText('Vietnamese')
    await expect(page.getByRole('cell', { name: 'Yes' }).first()).toBeVisible()
  } finally {
    await context.close()
  }
}

/** What the walk made, removed after it even when it fails: campaigns first, then what they use. */
const made: Array<{ path: string; id: string }> = []

test.afterEach(async ({ request }) => {
  const headers = await adminHeaders(request)
  for (const { path, id } of made.splice(0)) {
    const removed = await request.delete(`${path}/${id}?overrideLock=true`, { headers })
    expect(removed.status(), `${path}/${id}: ${await removed.text()}`).toBe(200)
  }
})

test('an editor makes, previews and publishes next year’s edition from the dashboard’s reminder', async ({
  page,
  request,
  browser,
}) => {
  // Dashboard, next edition, form, preview, publish, portal, a draft, another editor.
  test.setTimeout(240_000)
  const world = await setUp(request)
  made.push(
    { path: '/api/campaigns', id: String(world.lastEdition) },
    { path: '/api/users', id: String(world.otherUser) },
    { path: '/api/sites', id: String(world.otherSite) },
  )
  const theme = `Chủ đề năm ${world.year}: hành động vì bình đẳng`
  const message = `Thông điệp năm ${world.year}.`
  const planTitle = `Kế hoạch năm ${world.year}`
  let editionId = ''
  await signIn(page)
  // The reminder, on the demo site's card; the cards' "+" buttons are named in words.
  await expect(page.getByRole('link', { name: 'Tạo mới Chiến dịch' })).toBeVisible()
  const demo = page.getByRole('region', { name: DEMO_SITE })
  await afterLoad(demo.getByRole('note')).toContainText(`${SERIES} ${world.year} đã bắt đầu từ`)
  await demo.getByRole('link', { name: `Tạo kỳ ${world.year}` }).click()

  // "Tạo kỳ năm sau" opens at once; last year's plan is carried over when ticked.
  const dialog = page.getByRole('dialog', { name: 'Tạo kỳ năm sau' })
  // It opens once the form and the file names have loaded: slow on a busy machine.
  await expect(dialog).toContainText('Chưa có gì được xuất bản', { timeout: 60_000 })
  await dialog.getByLabel('Kế hoạch triển khai chi tiết (tệp minh họa)').check()
  await docsScreenshot(page, 'editor-next-edition')
  await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click()
  await page.waitForURL(
    (url) =>
      /\/campaigns\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${world.lastEdition}`),
  )
  editionId = page.url().split('/').pop() ?? ''
  made.unshift({ path: '/api/campaigns', id: editionId })
  await afterLoad(page.locator('#field-year')).toHaveValue(String(world.year))
  await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible()

  // The new theme and a new message.
  await page.locator('.tabs-field__tab-button', { hasText: 'Nội dung' }).click()
  await page.getByLabel('Chủ đề').fill(theme)
  await page.getByLabel('Nội dung thông điệp').first().fill(message)

  // The plan: the carried one by its display name, a new PDF added from the campaign, which
  // belongs to the campaign's site (the editor's second one), not to their first.
  await page.locator('.tabs-field__tab-button', { hasText: 'Văn bản và tệp' }).click()
  const attachments = page.locator('#field-attachments')
  await expect(attachments).toContainText('Kế hoạch triển khai chi tiết')
  await page.locator('#attachments-add-new button').first().click()
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[type="file"]').setInputFiles({
    name: 'ke-hoach-nam-moi.pdf',
    mimeType: 'application/pdf',
    buffer: PLAN_PDF,
  })
  // (The drawer's labels are not tied to their inputs: the field by its name.)
  await drawer.locator('input[name="title"]').fill(planTitle)
  await afterLoad(drawer.locator('[id^="field-ownerSite"]')).toContainText(DEMO_SITE)
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'POST' && /\/api\/media\?/.test(response.url()),
  )
  await drawer.getByRole('button', { name: 'Lưu' }).click()
  const planId = String(((await (await saved).json()) as { doc: { id: number } }).doc.id)
  made.splice(2, 0, { path: '/api/media', id: planId })
  await afterLoad(attachments).toContainText(planTitle)
  await drawer.getByRole('button', { name: 'Đóng' }).first().click()

  // The live preview: the real banner from the unsaved form, on three days.
  // Payload keeps the pane open or closed per editor, across documents.
  const closePreview = page.getByRole('button', { name: 'Thoát xem trực tiếp' })
  if (!(await closePreview.isVisible())) {
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click()
  }
  const pane = page.frameLocator('#live-preview-iframe')
  const bar = pane.locator('campaign-banner[variant="bar"]')
  const card = pane.locator('campaign-banner[variant="card"]')
  await afterLoad(bar.getByRole('heading', { name: theme })).toBeVisible()
  await expect(card).toContainText(message)
  await pane.getByRole('button', { name: 'Ngày đầu' }).click()
  await expect(bar.locator('[part="phase"]')).toHaveText('Còn 22 ngày')
  await pane.getByRole('button', { name: 'Ngày cuối (23:59)' }).click()
  await expect(pane.getByTestId('preview-status')).toHaveText(
    'Khách truy cập thấy: «Hôm nay là ngày cuối»',
  )
  await expect(card.getByRole('heading', { name: theme })).toBeVisible()
  await docsScreenshot(page, 'editor-live-preview')
  await pane.getByRole('button', { name: 'Trước thời gian hiển thị' }).click()
  await expect(pane.getByTestId('preview-status')).toContainText(
    'Ngày này cổng chưa hiển thị biểu ngữ',
  )
  await expect(bar.getByRole('heading')).toHaveCount(0)
  // Nothing of it is public yet.
  expect((await portalCampaign(request))?.theme).not.toBe(theme)
  await closePreview.click()

  // Published with Payload's own "Xuất bản tài liệu" (scheduling has its own tests).
  await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
  await afterLoad(page.getByText('Trạng thái: Đã xuất bản')).toBeVisible()
  await expect(page.locator('.campaign-visibility')).toContainText(
    `Đang hiển thị trên: ${DEMO_SITE}`,
  )

  // The demo portal: the new theme and the new plan with its type and size.
  await page.goto('/demo/')
  const banner = page.locator('#banner-bar')
  await afterLoad(banner.getByRole('heading', { name: theme })).toBeVisible()
  await expect(banner.locator('[part="attachments"]')).toContainText(
    new RegExp(`${planTitle}\\s*\\(PDF, \\d+ B\\)`),
  )

  // A later change is a draft: the portal keeps the published theme until it is published.
  await page.goBack()
  await page.waitForURL(/\/campaigns\/\d+$/)
  await page.locator('.tabs-field__tab-button', { hasText: 'Nội dung' }).click()
  const later = `${theme} (bản sửa sau)`
  const autosaved = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/campaigns/${editionId}?`) &&
      response.url().includes('autosave=true'),
  )
  await page.getByLabel('Chủ đề').fill(later)
  expect((await autosaved).status()).toBe(200)
  expect((await portalCampaign(request))?.theme).toBe(theme)
  await page.goto('/demo/')
  await expect(banner.getByRole('heading', { name: theme })).toBeVisible()
  await page.goBack()
  await page.getByRole('button', { name: 'Xuất bản tài liệu' }).click()
  await afterLoad(page.getByText('Trạng thái: Đã xuất bản')).toBeVisible()
  expect((await portalCampaign(request))?.theme).toBe(later)

  await seenByOtherSiteEditor(browser, editionId)
})
