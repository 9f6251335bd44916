import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import type { CampaignBanner } from './campaign-banner'
import { CampaignBanner as CampaignBannerClass, defineCampaignBanner } from './campaign-banner'
import { cacheKey, dismissalKey, forgetRequests } from './data'
import { noCampaign, responseWith, XSS } from './test-fixtures'
import { API, json, mount, part, rendered, stubFetch, text, uniqueSite } from './test-helpers'

const NOW = '2025-11-20T10:00:00+07:00' // live, 25 days left

beforeEach(() => {
  localStorage.clear()
  document.documentElement.lang = 'vi'
})

afterEach(async () => {
  document.body.replaceChildren()
  document.adoptedStyleSheets = []
  document.body.removeAttribute('style')
  vi.useRealTimers()
  vi.restoreAllMocks()
  await commands.emulateMedia({ media: null, reducedMotion: null, forcedColors: null })
})

/** A banner on a fresh site answering `response`, at `now` in preview unless now is null. */
async function banner(
  attributes: Record<string, string | true> = {},
  response: unknown = responseWith(),
  now: string | null = NOW,
): Promise<CampaignBanner> {
  stubFetch(() => json(response))
  const element = await mount({
    site: uniqueSite(),
    ...(now ? { preview: true, now } : {}),
    ...attributes,
  })
  await expect.poll(() => part(element, 'base')).toBeTruthy()
  return element
}

const visibleMessages = (element: Element): string[] =>
  [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part=message]') ?? [])]
    .filter((message) => getComputedStyle(message).visibility === 'visible')
    .map((message) => message.textContent ?? '')

describe('content', () => {
  test('shows the theme as a heading labelling a section landmark', async () => {
    const element = await banner()
    const heading = part(element, 'heading')
    expect(heading?.tagName).toBe('H2')
    expect(heading?.textContent).toBe(responseWith().campaign?.theme)
    const section = part(element, 'base')
    expect(section?.tagName).toBe('SECTION')
    expect(section?.getAttribute('aria-labelledby')).toBe(heading?.id)
    expect(text(element, 'title')).toBe('Tháng hành động vì bình đẳng giới 2025')
  })

  test('heading-level sets the heading element, clamped to 1–6', async () => {
    expect(part(await banner({ 'heading-level': '3' }), 'heading')?.tagName).toBe('H3')
    expect(part(await banner({ 'heading-level': '9' }), 'heading')?.tagName).toBe('H6')
    expect(part(await banner({ 'heading-level': 'x' }), 'heading')?.tagName).toBe('H2')
  })

  test('falls back to the title when the theme is empty', async () => {
    const element = await banner({}, responseWith({ theme: '' }))
    expect(text(element, 'heading')).toBe('Tháng hành động vì bình đẳng giới 2025')
  })

  test('shows the window in <time datetime> elements', async () => {
    const element = await banner()
    expect(text(element, 'window')).toBe('15/11/2025 – 15/12/2025')
    const times = [...(part(element, 'window')?.querySelectorAll('time') ?? [])]
    expect(times.map((time) => time.dateTime)).toEqual(['2025-11-15', '2025-12-15'])
  })

  test('shows a one-day window as one date', async () => {
    const day = { start: '2025-11-20', end: '2025-11-20' }
    const element = await banner({}, responseWith({ window: day }))
    expect(text(element, 'window')).toBe('20/11/2025')
  })

  test('links to the full article and lists attachments with type and size', async () => {
    const element = await banner()
    const link = part(element, 'link') as HTMLAnchorElement
    expect(link.href).toBe('https://portal.example/thang-hanh-dong-2025')
    expect(link.textContent).toBe('Xem chi tiết')
    const attachment = part(element, 'attachment') as HTMLAnchorElement
    expect(attachment.href).toBe('https://cms.example/media/10909-kh-ubnd.pdf')
    expect(text(element, 'attachments')).toBe('Kế hoạch 10909/KH-UBND (PDF, 2,3 MB)')
  })

  test('leaves out the article link and attachments when there are none', async () => {
    const element = await banner({}, responseWith({ articleUrl: null, attachments: [] }))
    expect(part(element, 'link')).toBeNull()
    expect(part(element, 'attachments')).toBeNull()
  })

  test('every text from the CMS renders as text, never as markup', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
    const attachment = {
      title: XSS[2] ?? '',
      url: 'https://x.example/a',
      mimeType: XSS[0] ?? '',
      fileType: XSS[3] ?? '',
      bytes: 1,
    }
    const element = await banner(
      {},
      responseWith({ title: XSS[0], theme: XSS[1], messages: XSS, attachments: [attachment] }),
    )
    const root = element.shadowRoot as ShadowRoot
    expect(root.querySelector('script, img, svg, iframe, object')).toBeNull()
    expect(text(element, 'title')).toBe(XSS[0])
    expect(text(element, 'heading')).toBe(XSS[1])
    expect([...root.querySelectorAll('[part=message]')].map((m) => m.textContent)).toEqual(XSS)
    expect(text(element, 'attachment')).toBe(XSS[2])
    expect(text(element, 'file-info')).toBe(`(${XSS[3]}, 1 B)`)
    await new Promise((resolve) => setTimeout(resolve, 20)) // time for a handler, had one been parsed
    expect(alert).not.toHaveBeenCalled()
  })
})

describe('phase, in the campaign time zone', () => {
  test.each([
    ['2025-11-10T10:00:00+07:00', 'Bắt đầu sau 5 ngày', 'Starts in 5 days'],
    ['2025-11-14T10:00:00+07:00', 'Bắt đầu ngày mai', 'Starts tomorrow'],
    ['2025-11-14T17:30:00Z', 'Còn 30 ngày', '30 days left'], // already the 15th in Nha Trang
    ['2025-11-20T10:00:00+07:00', 'Còn 25 ngày', '25 days left'],
    ['2025-12-15T23:59:00+07:00', 'Hôm nay là ngày cuối', 'Last day today'],
    ['2025-12-20T10:00:00+07:00', 'Đã kết thúc', 'Ended'],
  ])('at %s: "%s" / "%s"', async (now, vi_, en) => {
    expect(text(await banner({ lang: 'vi' }, responseWith(), now), 'phase')).toBe(vi_)
    expect(text(await banner({ lang: 'en' }, responseWith(), now), 'phase')).toBe(en)
  })

  test.each([['2025-10-31T23:00:00+07:00'], ['2026-01-01T00:00:00+07:00']])(
    'shows nothing outside the display window (%s)',
    async (now) => {
      stubFetch(() => json(responseWith()))
      const element = await mount({ site: uniqueSite(), preview: true, now }, 'Fallback')
      await rendered(element)
      expect(element.shadowRoot?.childElementCount).toBe(0)
    },
  )

  test('`now` counts only with `preview`', async () => {
    const element = await banner({ now: '2025-12-20T10:00:00+07:00' }, responseWith(), null)
    expect(text(element, 'phase')).toBe('Còn 25 ngày')
  })

  test("corrects the visitor's clock by the server's time", async () => {
    // This browser's clock says something else entirely; the server says 20/11/2025.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2031-06-01T00:00:00Z'))
    const element = await banner({}, responseWith(), null)
    expect(text(element, 'phase')).toBe('Còn 25 ngày')
  })

  test("fresh figures show at once, the zone's from the next frame; Intl waits", async () => {
    // Served a minute before midnight in Nha Trang (16:59Z), as a shared cache may still hand it
    // out a minute after: the server said 2 days left; in the zone it is the next day now.
    const served = '2025-12-13T16:59:00.000Z'
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-12-13T17:01:00.000Z'))
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
    stubFetch(() => json(responseWith({ daysLeft: 2 }, served)))
    const element = await mount({ site: uniqueSite() })
    await rendered(element)
    expect(text(element, 'phase')).toBe('Còn 2 ngày')
    expect(formatToParts).not.toHaveBeenCalled()
    await expect.poll(() => text(element, 'phase')).toBe('Còn 1 ngày')
  })

  test('a copy served more than 15 minutes from now is shown in the zone at once', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-12-13T17:01:00.000Z'))
    const site = uniqueSite()
    const old = responseWith({ daysLeft: 2 }, '2025-12-13T16:45:00.000Z')
    localStorage.setItem(
      cacheKey({ api: API, site, locale: 'vi', timeout: 0 }),
      JSON.stringify({ response: old, skew: 0 }),
    )
    stubFetch(() => new Promise<Response>(() => {})) // the refresh never answers
    const element = await mount({ site })
    expect(text(element, 'phase')).toBe('Còn 1 ngày')
  })

  test("a zone this browser does not know: the server's figures stand", async () => {
    const element = await banner({ interval: '0' }, responseWith({ timeZone: 'Mars/Olympus' }))
    expect(text(element, 'phase')).toBe('Còn 25 ngày')
  })

  test('one timer, to the next day boundary, then the phase moves on', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    })
    const lastSecond = '2025-12-14T16:59:58.000Z' // 23:59:58 on 14/12 in Nha Trang
    vi.setSystemTime(new Date(lastSecond))
    let theme = 'Chủ đề hôm qua'
    const fetch = stubFetch(() => json(responseWith({ theme }, lastSecond)))
    const site = uniqueSite()
    const [element, other] = [0, 1].map(() => {
      const banner = document.createElement('campaign-banner')
      Object.assign(banner, { site, interval: 0 })
      document.body.append(banner)
      return banner
    }) as [CampaignBanner, CampaignBanner]
    await vi.waitFor(() => expect(text(element, 'phase')).toBe('Còn 1 ngày'))
    expect(fetch).toHaveBeenCalledTimes(1) // two banners, one request
    expect(vi.getTimerCount()).toBe(2) // one day timer each
    await vi.advanceTimersByTimeAsync(1000)
    expect(text(element, 'phase')).toBe('Còn 1 ngày')
    expect(vi.getTimerCount()).toBe(2)
    theme = 'Chủ đề hôm nay' // the site shows something else from the new day on
    await vi.advanceTimersByTimeAsync(2000)
    expect(text(element, 'phase')).toBe('Hôm nay là ngày cuối')
    // The new day also asks the CMS again, once for both banners, and shows its answer.
    expect(fetch).toHaveBeenCalledTimes(2)
    await vi.waitFor(() => expect(text(element, 'heading')).toBe('Chủ đề hôm nay'))
    expect(text(other, 'heading')).toBe('Chủ đề hôm nay')
    expect(vi.getTimerCount()).toBe(2)
  })
})

describe('language', () => {
  test("defaults to the page's <html lang>", async () => {
    document.documentElement.lang = 'en-GB'
    const fetch = stubFetch(() => json(responseWith()))
    const element = await mount({ site: uniqueSite(), preview: true, now: NOW })
    await expect.poll(() => text(element, 'phase')).toBe('25 days left')
    expect(fetch.mock.calls[0]?.[0]).toMatch(/\?locale=en$/)
    expect(text(element, 'window')).toBe('15 Nov 2025 – 15 Dec 2025')
    expect(text(element, 'link')).toBe('Read more')
    expect(text(element, 'file-info')).toBe('(PDF, 2.3 MB)')
  })

  test('the lang attribute wins; anything but en means vi', async () => {
    document.documentElement.lang = 'en'
    expect(text(await banner({ lang: 'vi' }), 'phase')).toBe('Còn 25 ngày')
    expect(text(await banner({ lang: 'fr' }), 'phase')).toBe('Còn 25 ngày')
    document.documentElement.removeAttribute('lang')
    expect(text(await banner(), 'phase')).toBe('Còn 25 ngày')
  })

  test('marks the UI and the content with their languages', async () => {
    const element = await banner({ lang: 'en' }, responseWith({ locale: 'vi' }))
    expect(part(element, 'base')?.lang).toBe('en')
    // The CMS's texts in theirs (an English page may get Vietnamese content as a fallback)…
    for (const name of ['title', 'heading', 'messages', 'attachment'])
      expect(part(element, name)?.lang, name).toBe('vi')
    // …the banner's own words in the page's.
    for (const name of ['body', 'phase', 'file-info', 'link'])
      expect(part(element, name)?.closest('[lang]')?.getAttribute('lang'), name).toBe('en')
  })
})

/** How long a rotation (0.1 s interval) may take to show: timers fire late on a busy machine. */
const ROTATION_WAIT = { timeout: 3000 }

describe('messages', () => {
  test('rotate at the interval, one visible at a time, without moving the layout', async () => {
    const element = await banner({ interval: '0.1' })
    // The pointer may rest where an earlier test left it, over this banner: hovering holds the
    // rotation (tested below), so it leaves first.
    await userEvent.unhover(element)
    const [first, second] = responseWith().campaign?.messages ?? []
    expect(visibleMessages(element)).toEqual([first])
    const height = part(element, 'messages')?.offsetHeight
    await expect.poll(() => visibleMessages(element), ROTATION_WAIT).toEqual([second])
    expect(part(element, 'messages')?.offsetHeight).toBe(height)
  })

  test('are not a live region', async () => {
    const element = await banner({ interval: '0.1' })
    expect(element.shadowRoot?.querySelector('[aria-live], [role=status], [role=alert]')).toBeNull()
  })

  test('the pause button stops and restarts the rotation, keeping focus', async () => {
    const element = await banner({ interval: '0.1' })
    const button = part(element, 'pause-button') as HTMLButtonElement
    expect(button.textContent).toBe('Tạm dừng')
    await userEvent.click(button)
    expect(button.textContent).toBe('Tiếp tục')
    button.blur()
    await userEvent.unhover(element)
    const shown = visibleMessages(element)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(visibleMessages(element)).toEqual(shown)
    button.focus()
    await userEvent.keyboard('{Enter}')
    expect(button.textContent).toBe('Tạm dừng')
    expect(element.shadowRoot?.activeElement).toBe(button)
  })

  test('hovering pauses the rotation', async () => {
    const element = await banner({ interval: '0.1' })
    await userEvent.hover(part(element, 'heading') as HTMLElement)
    const shown = visibleMessages(element)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(visibleMessages(element)).toEqual(shown)
    await userEvent.unhover(part(element, 'heading') as HTMLElement)
    await expect.poll(() => visibleMessages(element), ROTATION_WAIT).not.toEqual(shown)
  })

  test('keyboard focus inside stops the rotation until the pause button restarts it', async () => {
    const element = await banner({ interval: '0.1' })
    const button = part(element, 'pause-button') as HTMLButtonElement
    await userEvent.tab()
    expect(element.shadowRoot?.activeElement).toBe(part(element, 'attachment'))
    expect(button.textContent).toBe('Tiếp tục')
    const shown = visibleMessages(element)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(visibleMessages(element)).toEqual(shown)
    await userEvent.tab() // the article link
    await userEvent.tab()
    expect(element.shadowRoot?.activeElement).toBe(button)
    await userEvent.keyboard('{Enter}')
    expect(button.textContent).toBe('Tạm dừng')
    await expect.poll(() => visibleMessages(element), ROTATION_WAIT).not.toEqual(shown) // focus is still inside
  })

  test('a mouse click on a link does not stop the rotation', async () => {
    const element = await banner({ interval: '0.1' })
    const link = part(element, 'link') as HTMLAnchorElement
    link.addEventListener('click', (event) => event.preventDefault())
    await userEvent.click(link)
    await userEvent.unhover(link)
    expect((part(element, 'pause-button') as HTMLElement).textContent).toBe('Tạm dừng')
    const shown = visibleMessages(element)
    await expect.poll(() => visibleMessages(element), ROTATION_WAIT).not.toEqual(shown)
  })

  test('do not rotate under prefers-reduced-motion: all show, no pause button', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' })
    const element = await banner({ interval: '0.1' })
    expect(visibleMessages(element)).toEqual(responseWith().campaign?.messages)
    expect(part(element, 'pause-button')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(visibleMessages(element)).toEqual(responseWith().campaign?.messages)
  })

  test('interval 0 stops the rotation', async () => {
    const element = await banner({ interval: '0' })
    expect(part(element, 'pause-button')).toBeNull()
    expect(visibleMessages(element)).toHaveLength(3)
  })
})

describe('dismiss', () => {
  test('is a real, named button only when dismissible', async () => {
    expect(part(await banner(), 'dismiss-button')).toBeNull()
    const button = part(await banner({ dismissible: true }), 'dismiss-button')
    expect(button?.tagName).toBe('BUTTON')
    expect(button?.getAttribute('type')).toBe('button')
    expect(button?.getAttribute('aria-label')).toBe('Ẩn thông báo chiến dịch')
    const en = await banner({ dismissible: true, lang: 'en' })
    expect(part(en, 'dismiss-button')?.getAttribute('aria-label')).toBe('Dismiss campaign banner')
  })

  test('hides the banner, fires campaign-dismiss, and is remembered per edition', async () => {
    const site = uniqueSite()
    stubFetch(() => json(responseWith()))
    const element = await mount({ site, dismissible: true, preview: true, now: NOW })
    await expect.poll(() => part(element, 'dismiss-button')).toBeTruthy()
    const events: CustomEvent[] = []
    document.addEventListener('campaign-dismiss', (event) => events.push(event as CustomEvent), {
      once: true,
    })
    await userEvent.click(part(element, 'dismiss-button') as HTMLElement)
    await element.updateComplete
    expect(element.shadowRoot?.childElementCount).toBe(0)
    expect(events).toHaveLength(1)
    expect(events[0]?.detail).toEqual({ editionKey: '7-1' })
    expect(events[0]?.bubbles && events[0]?.composed).toBe(true)
    expect(localStorage.getItem(dismissalKey({ api: API, site, locale: 'vi', timeout: 0 }))).toBe(
      '7-1',
    )
    expect(document.cookie).toBe('')

    // Next visit, same edition: stays hidden.
    element.remove()
    forgetRequests()
    const again = await mount({ site, dismissible: true, preview: true, now: NOW })
    await rendered(again)
    expect(again.shadowRoot?.childElementCount).toBe(0)

    // A new edition key (a new edition, or a major update): shows again.
    again.remove()
    forgetRequests()
    vi.restoreAllMocks()
    stubFetch(() => json(responseWith({ editionKey: '7-2' })))
    const next = await mount({ site, dismissible: true, preview: true, now: NOW })
    await expect.poll(() => part(next, 'base')).toBeTruthy()
  })

  test('a banner without the button still shows after another one was dismissed', async () => {
    const site = uniqueSite()
    localStorage.setItem(dismissalKey({ api: API, site, locale: 'vi', timeout: 0 }), '7-1')
    stubFetch(() => json(responseWith()))
    const plain = await mount({ site, preview: true, now: NOW })
    await expect.poll(() => part(plain, 'base')).toBeTruthy()
    const closable = await mount({ site, dismissible: true, preview: true, now: NOW })
    await rendered(closable)
    expect(closable.shadowRoot?.childElementCount).toBe(0)
  })
})

describe('accessibility and the host page', () => {
  test('buttons and links are at least 24×24 px', async () => {
    const element = await banner({ dismissible: true, interval: '5' })
    for (const name of ['pause-button', 'dismiss-button', 'link']) {
      const box = (part(element, name) as HTMLElement).getBoundingClientRect()
      expect(box.width, name).toBeGreaterThanOrEqual(24)
      expect(box.height, name).toBeGreaterThanOrEqual(24)
    }
  })

  test('focus is visible', async () => {
    const element = await banner({ dismissible: true })
    await userEvent.tab()
    await userEvent.tab()
    const focused = element.shadowRoot?.activeElement as HTMLElement
    expect(focused).toBeTruthy()
    expect(getComputedStyle(focused).outlineStyle).toBe('solid')
  })

  test.each(['bar', 'card', 'compact'])(
    'the served accent colour fills the bar, or edges the card and colours its heading (%s)',
    async (variant) => {
      // The CMS serves it readable (shared/contrast.ts); the widget uses it as it is.
      const element = await banner({ variant }, responseWith({ accentColor: '#7a3e00' }))
      const section = getComputedStyle(part(element, 'base') as HTMLElement)
      const heading = getComputedStyle(part(element, 'heading') as HTMLElement)
      const accent = 'rgb(122, 62, 0)'
      if (variant === 'bar') {
        expect(section.backgroundColor).toBe(accent)
        expect(section.color).toBe('rgb(255, 255, 255)')
      } else {
        expect(section.backgroundColor).toBe('rgb(255, 255, 255)')
        expect(heading.color).toBe(accent)
      }
    },
  )

  test('--campaign-* custom properties and ::part theme it', async () => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      'campaign-banner { --campaign-accent: rgb(0, 0, 128) } campaign-banner::part(phase) { text-decoration: underline }',
    )
    document.adoptedStyleSheets = [sheet]
    const element = await banner()
    expect(getComputedStyle(part(element, 'base') as HTMLElement).backgroundColor).toBe(
      'rgb(0, 0, 128)',
    )
    expect(getComputedStyle(part(element, 'phase') as HTMLElement).textDecorationLine).toBe(
      'underline',
    )
  })

  test('hostile page CSS cannot hide, shrink or restyle it', async () => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(`
      * { all: unset }
      div { display: none !important }
      html { font-size: 40px }
      section, p, h2, a { display: none !important; color: red !important }
      campaign-banner { display: inline; font-size: 5px; letter-spacing: 9px; position: fixed }
    `)
    document.adoptedStyleSheets = [sheet]
    document.body.style.fontFamily = 'serif'
    const element = await banner()
    const host = getComputedStyle(element)
    expect(host.display).toBe('block')
    expect(host.position).toBe('static') // in the page flow, never an overlay
    expect(host.letterSpacing).toBe('normal')
    const section = part(element, 'base') as HTMLElement
    const box = getComputedStyle(section)
    expect(box.display).toBe('flex')
    expect(box.fontSize).toBe('16px') // the visitor's default size, whatever the page's root size
    expect(box.letterSpacing).toBe('normal')
    expect(box.fontFamily).toBe('serif') // the page's font family is inherited
    expect(section.offsetHeight).toBeGreaterThan(0)
    expect(getComputedStyle(part(element, 'heading') as HTMLElement).color).not.toBe(
      'rgb(255, 0, 0)',
    )
  })

  test("the webmaster's fallback content keeps the page's colour and size", async () => {
    document.body.style.cssText = 'color: rgb(0, 128, 0); font-size: 20px'
    stubFetch(() => new Promise<Response>(() => {})) // never answers: the fallback stays
    const element = await mount({ site: uniqueSite() }, 'Tháng hành động 2025')
    const link = element.querySelector('a') as HTMLElement
    expect(getComputedStyle(link).fontSize).toBe('20px')
    expect(getComputedStyle(element).color).toBe('rgb(0, 128, 0)')
  })

  test('its styles do not leak into the page', async () => {
    const outside = document.createElement('p')
    outside.textContent = 'page'
    document.body.append(outside)
    const styles = document.querySelectorAll('style').length
    await banner()
    expect(getComputedStyle(outside).marginTop).not.toBe('0px')
    expect(document.querySelectorAll('style')).toHaveLength(styles)
    expect(document.querySelector('campaign-banner[style]')).toBeNull()
  })

  test('fits 320 px at 200 % text size without horizontal scrolling', async () => {
    const box = document.createElement('div')
    box.style.width = '320px'
    document.body.append(box)
    stubFetch(() => json(responseWith()))
    const element = document.createElement('campaign-banner')
    Object.assign(element, { site: uniqueSite(), preview: true, now: NOW, dismissible: true })
    element.style.setProperty('--campaign-font-size', '32px')
    box.append(element)
    await expect.poll(() => part(element, 'base')).toBeTruthy()
    const section = part(element, 'base') as HTMLElement
    expect(section.scrollWidth).toBeLessThanOrEqual(320)
    expect(element.getBoundingClientRect().width).toBe(320)
  })

  test('forced-colors mode keeps a visible border', async () => {
    await commands.emulateMedia({ forcedColors: 'active' })
    const element = await banner()
    expect(getComputedStyle(part(element, 'base') as HTMLElement).borderTopStyle).toBe('solid')
  })

  test('hide-on-print hides it when printing; the buttons never print', async () => {
    reserve('campaign-banner { --campaign-min-height: 400px }')
    const kept = await banner({ dismissible: true })
    const hidden = await banner({ 'hide-on-print': true })
    await commands.emulateMedia({ media: 'print' })
    expect(getComputedStyle(part(hidden, 'base') as HTMLElement).display).toBe('none')
    expect(hidden.getBoundingClientRect().height).toBe(0) // no reserved space on paper
    expect(getComputedStyle(part(kept, 'base') as HTMLElement).display).toBe('flex')
    expect(getComputedStyle(part(kept, 'controls') as HTMLElement).display).toBe('none')
  })

  test('the hidden attribute hides it', async () => {
    const element = await banner()
    element.hidden = true
    expect(getComputedStyle(element).display).toBe('none')
  })

  test('defining it again, or beside another copy, is harmless', () => {
    const before = customElements.get('campaign-banner')
    expect(() => defineCampaignBanner('https://other.example')).not.toThrow()
    expect(customElements.get('campaign-banner')).toBe(before)
    expect(before).toBe(CampaignBannerClass)
    expect(CampaignBannerClass.defaultApi).toBe(API)
  })

  test('properties set from script work like attributes', async () => {
    stubFetch(() => json(responseWith()))
    const element = document.createElement('campaign-banner')
    Object.assign(element, { site: uniqueSite(), preview: true, now: NOW, variant: 'card' })
    document.body.append(element)
    await expect.poll(() => part(element, 'base')?.className).toBe('card')
    expect(element.hasAttributes()).toBe(false)
  })

  test('reads the API from the api attribute, else the script origin', async () => {
    const fetch = stubFetch(() => json(responseWith()))
    const site = uniqueSite()
    await mount({ site, api: 'https://other-cms.example/base/' })
    await mount({ site })
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `https://other-cms.example/base/api/public/sites/${site}/campaign?locale=vi`,
      `${API}/api/public/sites/${site}/campaign?locale=vi`,
    ])
  })
})

/** A page stylesheet: the rule README asks webmasters to paste, or a variation of it. */
function reserve(css: string): void {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  document.adoptedStyleSheets = [sheet]
}

// README's rule, as a portal pastes it: the page gives the element its height before the script
// runs (tests/e2e measure that part); `:host { all: unset !important }` then resets the page's
// min-height, so the element itself keeps the height, from the custom property (which `all` does
// not reset).
const RESERVATION = `campaign-banner {
  display: block;
  min-height: var(--campaign-min-height);
  --campaign-min-height: 300px;
}`

const height = (element: Element): number => element.getBoundingClientRect().height

describe('the space the page reserves (--campaign-min-height)', () => {
  test('holds while loading, and once a shorter campaign shows, which fills it', async () => {
    reserve(RESERVATION)
    let answer: (response: Response) => void = () => {}
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)))
    const element = await mount({ site: uniqueSite(), preview: true, now: NOW }, 'Fallback')
    expect(element.shadowRoot?.querySelector('slot')).toBeTruthy()
    expect(height(element)).toBe(300) // the fallback link alone is one line
    answer(json(responseWith()))
    await expect.poll(() => part(element, 'base')).toBeTruthy()
    const section = part(element, 'base') as HTMLElement
    expect(height(element)).toBe(300)
    expect(section.getBoundingClientRect().height).toBe(300) // the banner fills it
    expect(part(element, 'body')?.getBoundingClientRect().height).toBeLessThan(250) // centred
  })

  test('with nothing to show, the space stays: giving it back would move the page', async () => {
    reserve(RESERVATION)
    stubFetch(() => json(noCampaign()))
    const element = await mount({ site: uniqueSite(), preview: true, now: NOW }, 'Fallback')
    await expect.poll(() => element.shadowRoot?.childElementCount).toBe(0)
    expect(height(element)).toBe(300)
  })

  test('a page min-height alone does not survive the definition; a taller banner grows', async () => {
    reserve('campaign-banner { display: block; min-height: 300px }')
    const plain = await banner()
    expect(height(plain)).toBeLessThan(300)
    reserve('campaign-banner { --campaign-min-height: 40px }')
    const taller = await banner()
    expect(height(taller)).toBeGreaterThan(40)
    expect(height(taller)).toBe(height(plain))
  })
})

describe('cache and requests', () => {
  test('several banners on a page share one request', async () => {
    const fetch = stubFetch(() => json(responseWith()))
    const site = uniqueSite()
    const elements = await Promise.all(
      ['bar', 'card', 'compact'].map((variant) =>
        mount({ site, variant, preview: true, now: NOW }),
      ),
    )
    for (const element of elements)
      await expect.poll(() => text(element, 'phase')).toBe('Còn 25 ngày')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  test('renders the cached payload at once, then the fresh one', async () => {
    const site = uniqueSite()
    const source = { api: API, site, locale: 'vi' as const, timeout: 0 }
    localStorage.setItem(
      cacheKey(source),
      JSON.stringify({ response: responseWith({ title: 'Cached' }), skew: 0 }),
    )
    let answer: (response: Response) => void = () => {}
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)))
    const element = document.createElement('campaign-banner')
    Object.assign(element, { site, preview: true, now: NOW })
    document.body.append(element)
    await Promise.resolve() // the first update, before any task could run
    expect(text(element, 'title')).toBe('Cached')
    answer(json(responseWith({ title: 'Fresh' })))
    await expect.poll(() => text(element, 'title')).toBe('Fresh')
  })

  test('a refresh bringing the same payload changes nothing on screen', async () => {
    const site = uniqueSite()
    localStorage.setItem(
      cacheKey({ api: API, site, locale: 'vi', timeout: 0 }),
      JSON.stringify({ response: responseWith(), skew: 0 }),
    )
    let answer: (response: Response) => void = () => {}
    const fetch = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)))
    const element = await mount({ site, preview: true, now: NOW, interval: '0' })
    const section = part(element, 'base')
    expect(section).toBeTruthy()
    answer(json(responseWith()))
    await rendered(element)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(part(element, 'base')).toBe(section)
  })

  test('a cached payload is never shown past its display window', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const site = uniqueSite()
    // Served on 20/10/2025: its figures are old, so the zone decides before it shows.
    const window = { start: '2025-10-01', end: '2025-10-31' }
    const displayWindow = { start: '2025-09-20', end: '2025-11-10' }
    const old = responseWith({ window, displayWindow }, '2025-10-20T03:00:00.000Z')
    localStorage.setItem(
      cacheKey({ api: API, site, locale: 'vi', timeout: 0 }),
      JSON.stringify({ response: old, skew: 0 }),
    )
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const element = await mount({ site, preview: true, now: NOW }, 'Fallback')
    await rendered(element)
    expect(part(element, 'base')).toBeNull()
    expect(element.shadowRoot?.querySelector('slot')).toBeTruthy()
  })

  test("kind 'none' renders nothing, not even the fallback, and clears the cache", async () => {
    const site = uniqueSite()
    const key = cacheKey({ api: API, site, locale: 'vi', timeout: 0 })
    localStorage.setItem(key, JSON.stringify({ response: responseWith(), skew: 0 }))
    stubFetch(() => json(noCampaign()))
    const element = await mount({ site, preview: true, now: NOW }, 'Fallback')
    await expect.poll(() => element.shadowRoot?.childElementCount).toBe(0)
    expect(localStorage.getItem(key)).toBeNull()
  })
})

type Failure = [name: string, reply: (url: string, init?: RequestInit) => Promise<Response>]

const failures: Failure[] = [
  ['API down', () => Promise.reject(new TypeError('Failed to fetch'))],
  [
    'API slow (timeout)',
    (_, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      ),
  ],
  ['HTTP 404', async () => json({ error: { code: 'not_found', message: 'No such site' } }, 404)],
  ['HTTP 500', async () => new Response('Internal Server Error', { status: 500 })],
  ['invalid JSON', async () => new Response('<html>oops</html>', { status: 200 })],
  ['contract mismatch', async () => json({ ...responseWith(), version: 2 })],
  ['a javascript: URL', async () => json(responseWith({ articleUrl: 'javascript:alert(1)' }))],
]

describe.each(failures)('when the request fails: %s', (_name, reply) => {
  async function failing(fallback: string | undefined, cached: boolean) {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const site = uniqueSite()
    if (cached)
      localStorage.setItem(
        cacheKey({ api: API, site, locale: 'vi', timeout: 0 }),
        JSON.stringify({ response: responseWith({ title: 'Cached' }), skew: 0 }),
      )
    stubFetch(reply)
    const element = await mount({ site, timeout: '50', preview: true, now: NOW }, fallback)
    await rendered(element)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(text(element)).not.toMatch(/error|HTTP|JSON|contract|timeout/i)
    expect(element.shadowRoot?.querySelector('a[href^="javascript:" i]')).toBeNull()
    return element
  }

  test('shows the cached campaign', async () => {
    const element = await failing('Fallback', true)
    expect(text(element, 'title')).toBe('Cached')
    expect(element.shadowRoot?.querySelector('slot')).toBeNull()
  })

  test("else the webmaster's fallback content", async () => {
    const element = await failing('Fallback', false)
    expect(part(element, 'base')).toBeNull()
    expect(element.shadowRoot?.querySelector('slot')).toBeTruthy()
    expect((element.firstElementChild as HTMLElement).offsetHeight).toBeGreaterThan(0)
  })

  test('else nothing', async () => {
    const element = await failing(undefined, false)
    expect(part(element, 'base')).toBeNull()
    expect(element.getBoundingClientRect().height).toBe(0)
  })
})

test('the fallback content shows while the first request is under way with nothing cached', async () => {
  stubFetch(() => new Promise<Response>(() => {}))
  const element = await mount({ site: uniqueSite() }, 'Fallback')
  expect(element.shadowRoot?.querySelector('slot')).toBeTruthy()
  expect((element.firstElementChild as HTMLElement).offsetHeight).toBeGreaterThan(0)
})

test('without a site it renders its fallback and asks nothing', async () => {
  const fetch = stubFetch(() => json(responseWith()))
  const element = await mount({}, 'Fallback')
  expect(fetch).not.toHaveBeenCalled()
  expect(element.shadowRoot?.querySelector('slot')).toBeTruthy()
})
