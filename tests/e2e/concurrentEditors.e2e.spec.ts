// Two editors of one site with the same campaign open, each in their own browser, walked from the
// campaigns list: the one who comes second is told who is editing it (Payload's document lock,
// kept between autosaves), and taking over from a form loaded before the other's autosave does
// not put back what the other editor changed.
import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

import { adminHeaders, editor, signIn } from './adminSession'
import { docsScreenshot } from './docsScreenshot'

/** A colleague of the seeded editor on the demo portal, made for one test. */
const colleagueAccount = () => ({
  email: `dong-nghiep-${Date.now()}@example.com`,
  password: 'dong-nghiep-dev-only',
})

interface Fixture {
  colleague: { email: string; password: string }
  campaignId: number
  colleagueId: number
  editorId: number
  title: string
}

const idOf = async (request: APIRequestContext, path: string, headers: Record<string, string>) => {
  const response = await request.get(path, { headers })
  const { docs } = (await response.json()) as { docs: Array<{ id: number }> }
  const id = docs[0]?.id
  if (id === undefined) throw new Error(`nothing at ${path}`)
  return id
}

/** A colleague of the seeded editor on the demo portal, and a draft edition (never public). */
const setUp = async (request: APIRequestContext): Promise<Fixture> => {
  const headers = await adminHeaders(request)
  const demoSite = await idOf(request, '/api/sites?where[slug][equals]=demo-portal', headers)
  const editorId = await idOf(request, `/api/users?where[email][equals]=${editor.email}`, headers)
  const colleague = colleagueAccount()
  const user = await request.post('/api/users', {
    headers,
    data: { ...colleague, role: 'editor', name: 'Đồng nghiệp', sites: [demoSite] },
  })
  expect(user.status(), await user.text()).toBe(201)
  const title = `Hai biên tập viên ${Date.now()}`
  const created = await request.post('/api/campaigns?draft=true', {
    headers,
    data: {
      seriesName: 'Thử nghiệm hai biên tập viên',
      title,
      theme: 'Chủ đề ban đầu',
      year: new Date().getFullYear(),
      sites: [demoSite],
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  return {
    colleague,
    campaignId: ((await created.json()) as { doc: { id: number } }).doc.id,
    colleagueId: ((await user.json()) as { doc: { id: number } }).doc.id,
    editorId,
    title,
  }
}

const tearDown = async (request: APIRequestContext, made: Fixture) => {
  const headers = await adminHeaders(request)
  const removed = await request.delete(`/api/campaigns/${made.campaignId}?overrideLock=true`, {
    headers,
  })
  expect(removed.status(), await removed.text()).toBe(200)
  const gone = await request.delete(`/api/users/${made.colleagueId}`, { headers })
  expect(gone.status(), await gone.text()).toBe(200)
}

/** The stored draft's title and theme, and who holds the campaign's lock, as the admin reads. */
const stored = async (request: APIRequestContext, made: Fixture) => {
  const headers = await adminHeaders(request)
  const draft = await request.get(`/api/campaigns/${made.campaignId}?draft=true&depth=0`, {
    headers,
  })
  const locks = await request.get(
    `/api/payload-locked-documents?where[document.value][equals]=${made.campaignId}&depth=0`,
    { headers },
  )
  const { docs } = (await locks.json()) as { docs: Array<{ user: { value: number } }> }
  const { title, theme } = (await draft.json()) as { title: string; theme: string }
  return { title, theme, lockedBy: docs[0]?.user.value ?? null }
}

/** A browser of one's own, signed in, on the campaign opened from the campaigns list. */
const openFromList = async (
  browser: Browser,
  account: { email: string; password: string },
  title: string,
) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await signIn(page, account)
  await page.getByRole('link', { name: 'Hiển thị tất cả Chiến dịch' }).click()
  await page.getByRole('link', { name: title }).click()
  await page.waitForURL(/\/admin\/collections\/campaigns\/\d+$/)
  return { context, page }
}

const lockNotice = (page: Page) =>
  page.locator('.document-locked').filter({ hasText: 'Tài liệu bị khóa' })

type Opened = Awaited<ReturnType<typeof openFromList>>

/** A fresh campaign for the walk; the browsers it opens are closed and the records removed after. */
const withCampaign = async (
  browser: Browser,
  request: APIRequestContext,
  walk: (made: Fixture, open: (account: typeof editor) => Promise<Opened>) => Promise<void>,
) => {
  const made = await setUp(request)
  const opened: Opened[] = []
  try {
    await walk(made, async (account) => {
      const one = await openFromList(browser, account, made.title)
      opened.push(one)
      return one
    })
  } finally {
    for (const { context } of opened) await context.close()
    await tearDown(request, made)
  }
}

test('the second editor to open a campaign is told who is editing it', async ({
  browser,
  request,
}) => {
  // Two browsers, each signing in from the start.
  test.setTimeout(120_000)
  await withCampaign(browser, request, async (made, open) => {
    const first = await open(editor)
    await first.page.getByLabel('Chủ đề').fill('Chủ đề của người thứ nhất')
    // Autosaved, and still locked in the first editor's name after the autosave.
    await expect
      .poll(() => stored(request, made), { timeout: 15_000 })
      .toMatchObject({ theme: 'Chủ đề của người thứ nhất', lockedBy: made.editorId })

    const second = await open(made.colleague)
    const notice = lockNotice(second.page)
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(`${editor.email} hiện đang chỉnh sửa tài liệu này`)
    await expect(notice).toContainText('Được chỉnh sửa từ')
    await docsScreenshot(second.page, 'editor-document-locked')
    // Read-only: the colleague cannot type over the first editor's work.
    await notice.getByRole('button', { name: 'Xem chỉ đọc' }).click()
    await expect(second.page.getByLabel('Chủ đề')).toBeDisabled()
    await expect(second.page.getByLabel('Chủ đề')).toHaveValue('Chủ đề của người thứ nhất')
  })
})

test('a colleague who takes over from an outdated form never puts the old theme back', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  await withCampaign(browser, request, async (made, open) => {
    // Both open it before either changes anything: no lock yet, no notice.
    const first = await open(editor)
    const second = await open(made.colleague)
    await first.page.getByLabel('Chủ đề').fill('Chủ đề của người thứ nhất')
    await expect
      .poll(() => stored(request, made), { timeout: 15_000 })
      .toMatchObject({ theme: 'Chủ đề của người thứ nhất', lockedBy: made.editorId })

    // The colleague starts typing on the old form: told who is editing, they take over anyway.
    await second.page.getByLabel('Tiêu đề').fill(`${made.title} (sửa)`)
    const notice = lockNotice(second.page)
    await expect(notice).toContainText(`${editor.email} hiện đang chỉnh sửa tài liệu này`)
    await notice.getByRole('button', { name: 'Tiếp quản' }).click()
    const autosaved = second.page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes(`/api/campaigns/${made.campaignId}?autosave=true`),
    )
    await second.page.getByLabel('Tiêu đề').fill(`${made.title} (sửa lại)`)
    // Their form was loaded before the first editor's autosave. Its save is refused while it is
    // outdated, with the reason (409, cms/src/collections/Campaigns/hooks/refuseOutdatedSave.ts);
    // if the takeover's refresh already brought the newer campaign in, it saves on top of it.
    // Either way the first editor's theme stays.
    const answer = await autosaved
    expect([200, 409]).toContain(answer.status())
    if (answer.status() === 409) {
      await expect(
        second.page.getByText(/^Chiến dịch này đã được lưu lúc \d\d giờ \d\d ngày/),
      ).toBeVisible()
      await docsScreenshot(second.page, 'editor-outdated-save')
    }
    expect((await stored(request, made)).theme).toBe('Chủ đề của người thứ nhất')

    // Reloaded, the colleague's change is saved on top of the first editor's.
    await second.page.reload()
    await second.page.getByLabel('Tiêu đề').fill(`${made.title} (sửa sau khi tải lại)`)
    await expect
      .poll(() => stored(request, made), { timeout: 20_000 })
      .toMatchObject({
        title: `${made.title} (sửa sau khi tải lại)`,
        theme: 'Chủ đề của người thứ nhất',
        lockedBy: made.colleagueId,
      })
  })
})
