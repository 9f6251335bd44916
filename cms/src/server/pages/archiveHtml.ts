// The public archive page of a site, server-rendered from the archive's JSON answer (the same
// value /api/public/sites/:site/campaigns sends): every published edition, newest first, with its
// theme, window, messages, main activities, official documents and attachments. No script; every
// text escaped by `markup`; links only to http(s) addresses.
import type {
  CampaignArchiveResponse,
  PublicAttachment,
  PublicCampaign,
  PublicDocument,
} from '@campaign/shared/contract'
import { formatBytes, formatDate } from '@campaign/shared/format'
import { isHttpUrl } from '@campaign/shared/patterns'
import type { Locale } from '@campaign/shared/routes'
import { archivePagePath, LOCALES, publicSitePath } from '@campaign/shared/routes'
import type { CalendarDate } from '@campaign/shared/schedule'

import { ARCHIVE_CSS } from './archiveStyles'
import type { Interpolation } from './html'
import { markup, styleElement } from './html'
import type { PageStrings } from './pageStrings'
import { PAGE_STRINGS } from './pageStrings'

const LANGUAGE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

export interface ArchivePageInput {
  archive: CampaignArchiveResponse
  /** The language of the page; the campaigns carry their own (a missing English text is Vietnamese). */
  locale: Locale
  /** Whether the URL named the language: links then keep it. */
  isLocaleChosen: boolean
}

/** A link that leaves the page: to the top window when framed, never anything but http(s). */
const outboundLink = (url: string | null, text: Interpolation, type?: string) =>
  url && isHttpUrl(url)
    ? markup`<a href="${url}" target="_top"${type ? markup` type="${type}"` : ''}>${text}</a>`
    : text

const date = (day: CalendarDate | null, locale: Locale) =>
  day ? markup`<time datetime="${day}">${formatDate(day, locale)}</time>` : null

const documentItem = (
  document: PublicDocument,
  t: PageStrings,
  locale: Locale,
) => markup`<li class="document">
<p>${outboundLink(document.fileUrl, t.documentTitle(document.type, document.number))}</p>
<p class="meta">${[
  document.issuedOn ? markup`<span>${t.issuedOn}: ${date(document.issuedOn, locale)}</span>` : null,
  document.issuedOn && document.issuer ? ' · ' : null,
  document.issuer ? markup`<span>${t.issuer}: ${document.issuer}</span>` : null,
]}</p>
${document.summary ? markup`<p class="summary">${document.summary}</p>` : null}
</li>`

const attachmentItem = (file: PublicAttachment, locale: Locale) => markup`<li>
${outboundLink(file.url, file.title, file.mimeType)} <span class="file-info">(${file.fileType}, ${formatBytes(file.bytes, locale)})</span>
</li>`

const listSection = (id: string, heading: string, items: Interpolation[], ordered = false) =>
  items.length === 0
    ? null
    : markup`<section>
<h3 id="${id}">${heading}</h3>
${ordered ? markup`<ol aria-labelledby="${id}">${items}</ol>` : markup`<ul aria-labelledby="${id}">${items}</ul>`}
</section>`

const editionArticle = (
  campaign: PublicCampaign,
  { slug, t, locale, query }: { slug: string; t: PageStrings; locale: Locale; query: string },
) => {
  const id = `edition-${campaign.id.replace(/[^\w-]/g, '')}`
  const { window } = campaign
  return markup`<article aria-labelledby="${id}" lang="${campaign.locale}">
<h2 id="${id}"><a href="${archivePagePath(slug, campaign.year)}${query}">${campaign.title}</a></h2>
<p class="series">${campaign.series}</p>
<dl>
<dt lang="${locale}">${t.theme}</dt><dd>${campaign.theme}</dd>
<dt lang="${locale}">${t.window}</dt><dd>${date(window.start, locale)}${window.end === window.start ? null : markup` – ${date(window.end, locale)}`}</dd>
</dl>
${listSection(
  `${id}-messages`,
  t.messages,
  campaign.messages.map((message) => markup`<li>${message}</li>`),
)}
${listSection(
  `${id}-activities`,
  t.activities,
  campaign.activities.map((activity) => markup`<li>${activity}</li>`),
  true,
)}
${listSection(
  `${id}-documents`,
  t.documents,
  campaign.documents.map((document) => documentItem(document, t, locale)),
)}
${listSection(
  `${id}-attachments`,
  t.attachments,
  campaign.attachments.map((file) => attachmentItem(file, locale)),
)}
${campaign.articleUrl ? markup`<p lang="${locale}">${outboundLink(campaign.articleUrl, t.readArticle)}</p>` : null}
</article>`
}

export const archiveHtml = ({ archive, locale, isLocaleChosen }: ArchivePageInput): string => {
  const t = PAGE_STRINGS[locale]
  const { site, year, campaigns } = archive
  const query = isLocaleChosen ? `?locale=${locale}` : ''
  const heading = year === null ? t.archiveTitle : `${t.archiveTitle}: ${t.archiveOfYear(year)}`
  const json = `${publicSitePath(site.slug, 'archive')}?${year === null ? '' : `year=${year}&`}locale=${locale}`
  const otherLanguages = LOCALES.filter((other) => other !== locale).map(
    (other) =>
      markup`<li><a href="${archivePagePath(site.slug, year ?? undefined)}?locale=${other}" hreflang="${other}" lang="${other}">${LANGUAGE_NAMES[other]}</a></li>`,
  )
  return markup`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} – ${site.name}</title>
<link rel="alternate" type="application/json" href="${json}">
${styleElement(ARCHIVE_CSS)}
</head>
<body>
<header>
<p class="site">${site.name}</p>
<h1>${heading}</h1>
<nav aria-label="${t.archiveTitle}">
<ul>
${year === null ? null : markup`<li><a href="${archivePagePath(site.slug)}${query}">${t.allYears}</a></li>`}
${otherLanguages}
</ul>
</nav>
</header>
<main>
<p class="summary">${campaigns.length === 0 ? t.noEditions : t.editionsFound(campaigns.length)}</p>
${campaigns.map((campaign) => editionArticle(campaign, { slug: site.slug, t, locale, query }))}
</main>
<footer>
<p><a href="${json}" type="application/json">${t.openData}</a></p>
</footer>
</body>
</html>
`.toString()
}
