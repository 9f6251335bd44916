// What an import request asks for: the site the draft is for (one the editor manages), the
// announcement (pasted text or an uploaded file) and, when confirming, the editor's corrections.
import type { CalendarDate } from '@campaign/shared/schedule'
import { isCalendarDate } from '@campaign/shared/schedule'
import type { PayloadRequest } from 'payload'
import { addDataAndFileToRequest, Forbidden } from 'payload'

import { isAdminUser, managedSiteIds, sameId, type SiteId } from '../../../access/roles'
import { translate } from '../../../i18n/messages'
import type { ProposalEdits } from '../../../import/campaignProposal'
import type { AnnouncementFile } from '../../../import/readAnnouncementFile'
import type { Site, User } from '../../../payload-types'
import { importMessage } from './importMessages'
import { ImportRefusal } from './importRefusal'

/**
 * Real announcements are a few thousand characters and a long plan in a .docx some tens of
 * thousands; a pasted text beyond this is not an announcement and is not read at all.
 */
export const MAX_TEXT_CHARACTERS = 200_000

export interface ImportRequest {
  user: User
  siteId: Site['id']
  input: { text: string } | AnnouncementFile
  edits: ProposalEdits
}

const refuse = (message: string, status: number): never => {
  throw new ImportRefusal(message, status)
}

const isSiteId = (value: unknown): value is SiteId =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && value !== '')

/** The site asked for, else the editor's first (as "Tạo mới" defaults it); theirs only. */
const chosenSite = async (req: PayloadRequest, user: User, asked: unknown): Promise<Site['id']> => {
  const managed = managedSiteIds(user)
  const site = isSiteId(asked) ? asked : managed[0]
  if (site === undefined) {
    return isAdminUser(user)
      ? refuse(importMessage(req, 'siteRequired'), 400)
      : refuse(importMessage(req, 'siteNotManaged'), 403)
  }
  const isManaged = managed.some((id) => sameId(id, site))
  if (!isManaged && !isAdminUser(user)) return refuse(importMessage(req, 'siteNotManaged'), 403)
  const found = await req.payload.findByID({
    collection: 'sites',
    id: site,
    depth: 0,
    disableErrors: true,
    req,
  })
  return found ? found.id : refuse(importMessage(req, 'siteUnknown'), 400)
}

const inputOf = (req: PayloadRequest, text: unknown): ImportRequest['input'] => {
  if (typeof text === 'string') {
    if (text.length > MAX_TEXT_CHARACTERS) {
      const format = (n: number) => n.toLocaleString(req.i18n?.language === 'en' ? 'en' : 'vi')
      refuse(
        importMessage(req, 'textTooLong', {
          size: format(text.length),
          max: format(MAX_TEXT_CHARACTERS),
        }),
        400,
      )
    }
    return { text }
  }
  if (req.file) return { filename: req.file.name, data: req.file.data }
  return refuse(importMessage(req, 'inputMissing'), 400)
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

const dateOf = (req: PayloadRequest, value: unknown): CalendarDate | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  return isCalendarDate(value) && /^\d{4}-\d{2}-\d{2}$/.test(String(value))
    ? (value as CalendarDate)
    : refuse(translate(req, 'invalidCalendarDate'), 400)
}

/** The editor's corrections; blank ones leave the value as read. */
const editsOf = (req: PayloadRequest, value: unknown): ProposalEdits => {
  if (typeof value !== 'object' || value === null) return {}
  const fields = value as Record<string, unknown>
  const year = typeof fields.year === 'string' ? Number(fields.year) : fields.year
  const window = (fields.campaignWindow ?? {}) as Record<string, unknown>
  const [start, end] = [dateOf(req, window.start), dateOf(req, window.end)]
  return {
    title: textOf(fields.title),
    seriesName: textOf(fields.seriesName),
    theme: textOf(fields.theme),
    year: typeof year === 'number' && Number.isInteger(year) && year > 0 ? year : undefined,
    campaignWindow: start && end ? { start, end } : undefined,
  }
}

const isJsonBody = (req: PayloadRequest): boolean =>
  (req.headers.get('content-type') ?? '').split(';')[0]?.trim() === 'application/json'

/**
 * Reads a JSON body `{ site?, text, fields? }` or a multipart form with `file` and `_payload`
 * `{ site? }`. A body that is no JSON object is a 400 for anyone (as on every route here); a
 * file is not even read for someone signed out; nothing is read for someone not the site's
 * editor.
 */
export const readImportRequest = async (req: PayloadRequest): Promise<ImportRequest> => {
  const user = req.user?.collection === 'users' ? (req.user as User) : null
  if (!user && !isJsonBody(req)) throw new Forbidden(req.t)
  await addDataAndFileToRequest(req)
  const body: unknown = req.data ?? {}
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return refuse(importMessage(req, 'inputMissing'), 400)
  }
  if (!user) throw new Forbidden(req.t)
  const fields = body as Record<string, unknown>
  const siteId = await chosenSite(req, user, fields.site)
  return { user, siteId, input: inputOf(req, fields.text), edits: editsOf(req, fields.fields) }
}
