// The script snippet's "Xem chi tiết" link, made by the server so the widget needs no code for it:
// through /go/:site, where the click is counted, with the article's own address after `to=` so the
// visitor still reads where it leads when hovering (the redirect goes to what the site shows now
// and ignores `to`). Only the JSON sent goes through /go: the cached value keeps the article's
// address for /go's own target, the pages and the alt text.
import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { goPath } from '@campaign/shared/routes'

/** `to=` keeps the address readable: only what would end the parameter is escaped. */
export const goLink = (publicUrl: string, slug: string, article: string): string =>
  `${publicUrl}${goPath(slug)}?from=script&to=${article.replace(/[&#+\s]/g, encodeURIComponent)}`

export const serializeWithGoLink =
  (publicUrl: string) =>
  (answer: CurrentCampaignResponse): Buffer => {
    const article = answer.campaign?.articleUrl
    const sent =
      answer.kind === 'campaign' && article
        ? {
            ...answer,
            campaign: {
              ...answer.campaign,
              articleUrl: goLink(publicUrl, answer.site.slug, article),
            },
          }
        : answer
    return Buffer.from(JSON.stringify(sent))
  }
