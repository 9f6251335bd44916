// What a banner image says, taken from the same answer the widget and the JSON API give and
// worded by the same shared formatters: the image can never tell a different phase or window.
import type { CurrentCampaignResponse, Locale } from '@campaign/shared/contract'
import { formatPhase, formatWindow } from '@campaign/shared/format'

/** The widget's own accent when an edition has none (campaign-banner.styles.ts). */
export const DEFAULT_ACCENT = '#0b5394'

export type BannerContent =
  | {
      kind: 'campaign'
      title: string
      /** The theme, else the title (as the widget's heading). */
      heading: string
      /** The first message, if any: the card has room for one. */
      message: string | null
      window: string
      phase: string
      accent: string
      /** The edition's image (a URL the CMS serves), drawn when it can be read. */
      imageUrl: string | null
    }
  | { kind: 'none'; siteName: string }

// Precomposed letters: text typed with combining marks draws the same as typed whole.
const clean = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/** The banner's texts in `locale` (the phase and window; the edition's words are as served). */
export const bannerContent = (current: CurrentCampaignResponse, locale: Locale): BannerContent => {
  if (current.kind === 'none') return { kind: 'none', siteName: clean(current.site.name) }
  const { campaign } = current
  const message = campaign.messages.map(clean).find((text) => text !== '') ?? null
  return {
    kind: 'campaign',
    title: clean(campaign.title),
    heading: clean(campaign.theme) || clean(campaign.title),
    message,
    window: formatWindow(campaign.window, locale),
    phase: formatPhase(campaign, locale),
    accent: campaign.accentColor ?? DEFAULT_ACCENT,
    imageUrl: campaign.image?.url ?? null,
  }
}
