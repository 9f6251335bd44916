// The live preview's answer: the editor's unsaved edition (Payload's form state, its relations
// populated by Payload's live-preview merge) mapped by the public API's own code, at the instant
// being previewed. Runs in the editor's browser; touches no cache and no database.
import type { CurrentCampaignResponse, Locale, PublicCampaign } from '@campaign/shared/contract'
import { parseCurrentCampaignResponse } from '@campaign/shared/contract'

import type { Campaign } from '../payload-types'
import type { SiteFacts } from '../public/currentResponse'
import { currentResponse } from '../public/currentResponse'
import { toPublicCampaign } from '../public/toPublicCampaign'

export interface PreviewInput {
  /** The form's values over the stored draft (id, updatedAt… come from the draft). */
  doc: Campaign
  site: SiteFacts
  locale: Locale
  at: Date
  publicUrl: string
}

export type PreviewedAnswer =
  | {
      /** What the public API would answer for the site at `at` if this were the only edition. */
      response: CurrentCampaignResponse
      /** The edition as mapped, shown or not that day; null when it cannot be shown at all. */
      edition: PublicCampaign | null
    }
  | { response: null; edition: null; problem: string }

export const previewedAnswer = ({
  doc,
  site,
  locale,
  at,
  publicUrl,
}: PreviewInput): PreviewedAnswer => {
  try {
    const edition = toPublicCampaign({ doc, locale, timeZone: site.timeZone, publicUrl, at })
    const response = currentResponse({ site, at, editions: edition ? [edition] : [] })
    // A half-typed form (say, no year yet) maps to something the contract refuses: so would the
    // banner, so the pane says why instead of showing an empty frame.
    const checked = parseCurrentCampaignResponse(response)
    if (!checked.ok) return { response: null, edition: null, problem: checked.error }
    return { response: checked.value, edition }
  } catch (error) {
    return { response: null, edition: null, problem: String(error) }
  }
}

/**
 * The banner's `api` that hands it `response` with no request: a `data:` URL ending in '#', so the
 * path the banner appends is a fragment, which fetch drops (pinned by widget/src/inline-answer.test.ts).
 */
export const inlineApi = (response: CurrentCampaignResponse): string =>
  `data:application/json,${encodeURIComponent(JSON.stringify(response))}#`
