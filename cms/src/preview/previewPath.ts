// Where the admin's Live Preview pane points for a campaign: a page of this CMS (app/(preview)/).
import type { LivePreviewConfig } from 'payload'

export const CAMPAIGN_PREVIEW_PATH = '/preview/campaign'

/** Payload posts the form to this URL's origin, so it must be absolute: the CMS's public address. */
export const campaignPreviewUrl: NonNullable<LivePreviewConfig['url']> = ({ data, locale, req }) =>
  data?.id
    ? `${req.payload.config.serverURL}${CAMPAIGN_PREVIEW_PATH}/${encodeURIComponent(String(data.id))}?locale=${encodeURIComponent(locale.code)}`
    : null
