// The <campaign-banner> element: attributes in, `campaign-dismiss` out, the campaign rendered with
// lit-html templates (every value a text node or an attribute value, never markup) in its own shadow
// root. Data comes from data.ts, words from i18n.ts, CSS from the styles file.
import type { Locale } from '@campaign/shared/contract'
import { formatBytes, formatDate, formatPhase } from '@campaign/shared/format'
import type { PhaseInfo } from '@campaign/shared/schedule'
import { calendarDateIn, isInWindow, nextDayBoundary, phaseAt } from '@campaign/shared/schedule'
import { html, nothing } from 'lit/html.js'
import { BaseElement, property, state } from './base-element'
import { styles } from './campaign-banner.styles'
import type { Loaded, Source } from './data'
import { dismissedEdition, loadCampaign, readCache, rememberDismissal } from './data'
import { localeOf, STRINGS } from './i18n'

export type Variant = 'bar' | 'card' | 'compact'

export const TAG = 'campaign-banner'

const isHttp = (url: string | null): url is string => /^https?:\/\//i.test(url ?? '')

// The theme's heading, <h1>–<h6>, in the content's language: lit-html binds values, never tag names.
const HEADINGS = [
  (text: string, lang: string) => html`<h1 part="heading" id="heading" lang=${lang}>${text}</h1>`,
  (text: string, lang: string) => html`<h2 part="heading" id="heading" lang=${lang}>${text}</h2>`,
  (text: string, lang: string) => html`<h3 part="heading" id="heading" lang=${lang}>${text}</h3>`,
  (text: string, lang: string) => html`<h4 part="heading" id="heading" lang=${lang}>${text}</h4>`,
  (text: string, lang: string) => html`<h5 part="heading" id="heading" lang=${lang}>${text}</h5>`,
  (text: string, lang: string) => html`<h6 part="heading" id="heading" lang=${lang}>${text}</h6>`,
]

/**
 * The current campaign of a site, read from its CMS: the theme as the heading, rotating messages,
 * the window, the phase (days left), the article link and the attachments.
 *
 * @slot - Fallback content (e.g. a link to the campaign), shown while the first request is under
 *   way with nothing cached, and when the CMS cannot be reached or answers wrongly with nothing
 *   usable cached.
 * @fires campaign-dismiss - The visitor dismissed the banner; `detail.editionKey`.
 *
 * @cssproperty --campaign-accent - Accent colour, instead of the campaign's own (which the CMS serves
 *   darkened when needed to reach 4.5:1 against white).
 * @cssproperty --campaign-on-accent - Text on the accent (bar variant). Default #fff.
 * @cssproperty --campaign-background - Background of the card and compact variants. Default #fff.
 * @cssproperty --campaign-color - Text of the card and compact variants. Default #1f1f1f.
 * @cssproperty --campaign-border-color - Border of the card and compact variants. Default #0003.
 * @cssproperty --campaign-radius - Corner radius of the card and compact variants. Default 4px.
 * @cssproperty --campaign-font-size - Base font size. Default `medium` (the visitor's setting).
 *
 * @csspart base - The `<section>` landmark.
 * @csspart body - The texts: title, heading, messages, meta, attachments.
 * @csspart title - The campaign's title, "Tháng hành động … năm 2025".
 * @csspart heading - The theme: the landmark's heading.
 * @csspart messages - The messages' box.
 * @csspart message - One message.
 * @csspart meta - The window and the phase.
 * @csspart window - The window, "15/11/2025 – 15/12/2025".
 * @csspart phase - The phase, "Còn 12 ngày".
 * @csspart attachments - The attachments' list.
 * @csspart attachment - One attachment's link.
 * @csspart file-info - One attachment's type and size, "(PDF, 2,3 MB)".
 * @csspart link - The link to the full article.
 * @csspart controls - The buttons' box.
 * @csspart pause-button - Pauses and resumes the messages' rotation.
 * @csspart dismiss-button - Hides the banner until the next edition.
 */
export class CampaignBanner extends BaseElement {
  static override styles = styles

  /** The CMS origin used when `api` is not set: the entry script's own origin. */
  static defaultApi = ''

  /** The site's slug in the CMS. */
  @property() site?: string

  /** The CMS origin (and optional path prefix); default: the origin the script came from. */
  @property() api?: string

  /** 'vi' or 'en' (the `lang` attribute); default: the nearest `lang` on the page, then vi. */
  @property({ attribute: 'lang' }) language?: string

  /** 'bar' (full-width strip), 'card' (sidebar box) or 'compact' (one line). */
  @property() variant: Variant = 'bar'

  /** The heading's level, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2

  /** Shows a button that hides the banner until the next edition. */
  @property({ type: Boolean }) dismissible = false

  /** Seconds between messages; 0 stops the rotation. */
  @property({ type: Number }) interval = 7

  /** Milliseconds to wait for the CMS before showing cached or fallback content. */
  @property({ type: Number }) timeout = 8000

  /** Hides the banner when the page is printed. */
  @property({ attribute: 'hide-on-print', type: Boolean }) hideOnPrint = false

  /** Makes `now` count (editors' preview, QA). */
  @property({ type: Boolean }) preview = false

  /** With `preview`: the instant to render at, e.g. '2025-11-20T10:00:00+07:00'. */
  @property() now?: string

  @state() private loaded?: Loaded | null
  @state() private isFresh = false // the request for the current source has answered
  @state() private dismissed: string | null = null
  @state() private index = 0
  @state() private paused = false

  #source?: Source
  #sourceKey = ''
  #rotation?: ReturnType<typeof setInterval>
  #rotationMs = 0
  #dayTimer?: ReturnType<typeof setTimeout>
  #isZoned = false // rendered in the campaign's zone once (Intl started)

  override connectedCallback(): void {
    super.connectedCallback()
    this.#rotationMs = 0 // timers restart in updated()
  }

  disconnectedCallback(): void {
    clearInterval(this.#rotation)
    clearTimeout(this.#dayTimer)
  }

  get #locale(): Locale {
    return localeOf(this.language ?? this.closest('[lang]')?.getAttribute('lang'))
  }

  /** Asks for the campaign when api, site, language or timeout changed. */
  protected override willUpdate(): void {
    const source: Source = {
      api: (this.api || CampaignBanner.defaultApi).replace(/\/+$/, ''),
      site: this.site ?? '',
      locale: this.#locale,
      timeout: this.timeout > 0 ? this.timeout : 8000,
    }
    const key = JSON.stringify(source)
    if (key === this.#sourceKey) return
    this.#sourceKey = key
    this.#source = source
    this.isFresh = false
    this.loaded = undefined
    if (!source.site) return
    // Stale-while-revalidate: the cached payload renders in this very update, the request refreshes it.
    this.loaded = readCache(source)
    this.dismissed = dismissedEdition(source)
    this.#ask(0)
  }

  /** Asks the CMS (sharing a request that started at `notBefore` ms or later); shows its answer. */
  #ask(notBefore: number): void {
    const key = this.#sourceKey
    if (!this.#source?.site) return
    void loadCampaign(this.#source, notBefore).then((outcome) => {
      if (key !== this.#sourceKey) return
      if (outcome !== undefined) this.loaded = outcome
      this.isFresh = outcome !== undefined
    })
  }

  /** `now` in ms when it counts (with `preview`, and valid), else NaN. */
  get #pinned(): number {
    return this.preview && this.now ? Date.parse(this.now) : NaN
  }

  /** The instant to render at: `now` in preview, else this browser's clock corrected by the server's. */
  #at(skew: number): Date {
    const pinned = this.#pinned
    return new Date(isNaN(pinned) ? Date.now() + skew : pinned)
  }

  /** A campaign, the fallback content (the slot), or nothing. */
  protected override render(): unknown {
    const { loaded } = this
    const fallback = this.isFresh ? nothing : html`<slot></slot>`
    if (!loaded) return loaded === null ? nothing : fallback
    const { campaign } = loaded
    const { window, timeZone, attachments } = campaign
    // A dismissal hides only dismissible banners: the others have no button to bring them back.
    if (this.dismissible && this.dismissed === campaign.editionKey) return nothing
    const at = this.#at(loaded.skew)
    let info: PhaseInfo = campaign
    // The campaign's zone takes Intl, whose first use on a page costs ICU's start-up (≈ 50 ms of
    // CPU, 300 ms on a slow phone): the server's figures for an instant under 15 minutes from this
    // one show first, the zone's own from the next frame on (updated()); an older copy waits.
    if (this.#isZoned || Math.abs(+at - loaded.servedAt) > 9e5)
      try {
        this.#isZoned = true
        const today = calendarDateIn(at, timeZone)
        // Never past its display window (a cached payload may be old); a live edition always shows.
        if (!isInWindow(campaign.displayWindow, today) && !isInWindow(window, today))
          return fallback
        info = phaseAt({ window, timeZone, at })
      } catch {
        // a zone this browser does not know: trust the server's figures
      }
    const locale = this.#locale
    const t = STRINGS[locale]
    const variant = this.variant === 'card' || this.variant === 'compact' ? this.variant : 'bar'
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2))
    const messages = campaign.messages.filter((message) => message.trim())
    const rotates =
      variant !== 'compact' && // compact shows no message
      this.interval > 0 &&
      messages.length > 1 &&
      !matchMedia('(prefers-reduced-motion: reduce)').matches
    const shown = this.index % messages.length
    const date = (day: string) => html`<time datetime=${day}>${formatDate(day, locale)}</time>`
    // Which message shows and the pause button's words change in place: focus stays put.
    return html`<section
      part="base"
      class=${variant + (this.hideOnPrint ? ' no-print' : '')}
      lang=${locale}
      aria-labelledby="heading"
      @focusin=${this.#focusIn}
    >
      <div part="body">
        <p part="title" lang=${campaign.locale}>${campaign.title}</p>
        ${HEADINGS[level - 1]?.(campaign.theme || campaign.title, campaign.locale)}
        ${
          messages.length
            ? html`<div part="messages" class=${rotates ? 'rotating' : ''} lang=${campaign.locale}>
                ${messages.map(
                  (message, i) =>
                    html`<p part="message" class=${rotates && i !== shown ? 'off' : ''}>
                      ${message}
                    </p>`,
                )}
              </div>`
            : nothing
        }
        <p part="meta">
          <span part="window"
            >${date(window.start)}${
              // The dash's spaces as a value: the minifier trims a template's outer whitespace.
              window.end !== window.start ? [' – ', date(window.end)] : nothing
            }</span
          >
          <span part="phase">${formatPhase(info, locale)}</span>
        </p>
        ${
          attachments.length
            ? html`<ul part="attachments" role="list" aria-label=${t.attachments}>
                ${attachments.map((file) =>
                  isHttp(file.url)
                    ? html`<li>
                        <a part="attachment" href=${file.url} lang=${campaign.locale}
                          >${file.title}</a
                        >
                        <span part="file-info"
                          >(${file.fileType}, ${formatBytes(file.bytes, locale)})</span
                        >
                      </li>`
                    : nothing,
                )}
              </ul>`
            : nothing
        }
      </div>
      ${
        isHttp(campaign.articleUrl)
          ? html`<a part="link" href=${campaign.articleUrl}>${t.more}</a>`
          : nothing
      }
      ${
        rotates || this.dismissible
          ? html`<div part="controls">
              ${
                rotates
                  ? html`<button
                      part="pause-button"
                      type="button"
                      @click=${() => (this.paused = !this.paused)}
                    >
                      ${this.paused ? t.play : t.pause}
                    </button>`
                  : nothing
              }
              ${
                this.dismissible
                  ? html`<button
                      part="dismiss-button"
                      type="button"
                      aria-label=${t.dismiss}
                      @click=${() => this.#dismiss()}
                    >
                      ×
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </section>`
  }

  protected override updated(): void {
    const { loaded, renderRoot } = this
    // The accent through CSSOM, not a style attribute: allowed under a strict CSP.
    const accent = loaded?.campaign.accentColor
    renderRoot.querySelector('section')?.style.setProperty('--_accent', accent ?? null) // served readable (shared/contrast.ts)
    // One interval for the messages, only while they rotate.
    const rotationMs = renderRoot.querySelector('.rotating') ? this.interval * 1000 : 0
    if (rotationMs !== this.#rotationMs) {
      clearInterval(this.#rotation)
      this.#rotationMs = rotationMs
      if (rotationMs) this.#rotation = setInterval(() => this.#rotate(), rotationMs)
    }
    clearTimeout(this.#dayTimer)
    // Shown with the server's figures: the zone's after this frame is painted.
    if (loaded && !this.#isZoned)
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#isZoned = true
          this.requestUpdate()
        }),
      )
    // One timer, to the next day boundary in the campaign's zone: the phase changes only then.
    else if (loaded && isNaN(this.#pinned))
      try {
        const at = this.#at(loaded.skew)
        const boundary = nextDayBoundary(at, loaded.campaign.timeZone)
        // A new day: the phase moves on, and the site may show another edition now. Every banner
        // of the page asks with the same instant (this clock's), so they share one new request.
        this.#dayTimer = setTimeout(
          () => {
            this.requestUpdate()
            this.#ask(+boundary - loaded.skew)
          },
          +boundary - +at + 50,
        )
      } catch {
        // unknown zone: the server's figures stand
      }
  }

  #rotate(): void {
    if (!this.paused && !this.matches(':hover')) this.index++ // hovering holds it
  }

  // Keyboard focus inside stops the rotation until the pause button restarts it (the WAI-ARIA
  // carousel pattern): the button then says what it will do. A mouse click focuses nothing visibly.
  #focusIn = (event: FocusEvent): void => {
    if ((event.target as Element).matches(':focus-visible')) this.paused = true
  }

  #dismiss(): void {
    const editionKey = this.loaded?.campaign.editionKey
    if (!editionKey || !this.#source) return
    rememberDismissal(this.#source, editionKey)
    this.dismissed = editionKey
    this.dispatchEvent(
      new CustomEvent('campaign-dismiss', {
        bubbles: true,
        composed: true,
        detail: { editionKey },
      }),
    )
  }
}

/** Registers the element unless the page already has one by that name (a second copy, say). */
export function defineCampaignBanner(defaultApi: string): void {
  if (customElements.get(TAG)) return
  CampaignBanner.defaultApi = defaultApi
  customElements.define(TAG, CampaignBanner)
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-banner': CampaignBanner
  }
}
