// Maps a stored edition (depth 2: documents and files populated) to the public contract.
// Only what a banner needs leaves the CMS: no draft, user or internal field can slip through.
import type {
  Locale,
  PublicAttachment,
  PublicCampaign,
  PublicDocument,
  PublicImage,
} from '@campaign/shared/contract'
import { readableAccent } from '@campaign/shared/contrast'
import { formatFileType } from '@campaign/shared/format'
import { isHttpUrl } from '@campaign/shared/patterns'
import { phaseAt } from '@campaign/shared/schedule'

import { documentTypeName } from '../collections/Documents/documentTypes'
import { toCalendarDate } from '../fields/calendarDateValue'
import { editionWindows } from '../fields/editionWindows'
import type { Campaign, Document, Media } from '../payload-types'

const absoluteUrl = (url: string | null | undefined, publicUrl: string): string | null => {
  if (!url) return null
  const absolute = new URL(url, `${publicUrl}/`).toString()
  return isHttpUrl(absolute) ? absolute : null
}

const isPopulated = <T extends object>(value: number | string | T | null | undefined): value is T =>
  typeof value === 'object' && value !== null

const nonEmpty = (text: string | null | undefined): string | null =>
  typeof text === 'string' && text.trim() !== '' ? text.trim() : null

const toDocument = (doc: Document, locale: Locale, publicUrl: string): PublicDocument => ({
  number: doc.number,
  type: documentTypeName(doc.type, locale),
  issuer: nonEmpty(doc.issuer),
  issuedOn: toCalendarDate(doc.issuedOn),
  summary: nonEmpty(doc.summary),
  fileUrl: isPopulated(doc.file) ? absoluteUrl(doc.file.url, publicUrl) : null,
})

const toAttachment = (media: Media, publicUrl: string): PublicAttachment | null => {
  const url = absoluteUrl(media.url, publicUrl)
  if (!url || !media.mimeType) return null
  return {
    title: nonEmpty(media.title) ?? media.filename ?? url,
    url,
    mimeType: media.mimeType,
    fileType: formatFileType(media.mimeType),
    bytes: media.filesize ?? 0,
  }
}

const toImage = (media: Media, publicUrl: string): PublicImage | null => {
  const url = absoluteUrl(media.url, publicUrl)
  if (!url || !media.mimeType?.startsWith('image/')) return null
  return { url, alt: media.alt ?? '', width: media.width ?? null, height: media.height ?? null }
}

export interface EditionInput {
  doc: Campaign
  locale: Locale
  timeZone: string
  publicUrl: string
  at: Date
}

/** Null for an edition that cannot be shown (no valid window or no message). */
export const toPublicCampaign = ({
  doc,
  locale,
  timeZone,
  publicUrl,
  at,
}: EditionInput): PublicCampaign | null => {
  const windows = editionWindows(doc)
  const messages = (doc.messages ?? []).map((row) => nonEmpty(row.text)).filter((t) => t !== null)
  if (!windows || messages.length === 0) return null
  const { window, displayWindow } = windows
  const id = String(doc.id)
  return {
    id,
    editionKey: `${id}.${doc.majorRevision ?? 0}`,
    series: doc.seriesName,
    year: doc.year,
    title: doc.title,
    theme: doc.theme,
    messages,
    activities: (doc.activities ?? []).map((row) => nonEmpty(row.title)).filter((t) => t !== null),
    window,
    displayWindow,
    timeZone,
    ...phaseAt({ window, timeZone, at }),
    articleUrl: doc.articleUrl && isHttpUrl(doc.articleUrl) ? doc.articleUrl : null,
    // Served readable (4.5:1 on white) whatever the editor picked: the widget uses it as it is.
    accentColor: doc.accentColor ? readableAccent(doc.accentColor) : null,
    image: isPopulated(doc.bannerImage) ? toImage(doc.bannerImage, publicUrl) : null,
    documents: (doc.documents ?? [])
      .filter(isPopulated)
      .map((document) => toDocument(document, locale, publicUrl)),
    attachments: (doc.attachments ?? [])
      .filter(isPopulated)
      .map((media) => toAttachment(media, publicUrl))
      .filter((attachment) => attachment !== null),
    locale,
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}
