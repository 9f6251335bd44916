// The service behind "Nhập từ thông báo": text or file in, a proposal out (the parse and, for
// each cited document, the record it would reuse). Nothing is saved here; the editor checks the
// proposal, then `createCampaignDraft` saves what they confirmed.
import type { CalendarDate } from '@campaign/shared/schedule'
import type { Payload } from 'payload'

import type { User } from '../payload-types'
import type { DocumentMatch } from './matchDocuments'
import { matchCitedDocuments } from './matchDocuments'
import { parseAnnouncement } from './parseAnnouncement'
import type { AnnouncementFile } from './readAnnouncementFile'
import { readAnnouncementFile } from './readAnnouncementFile'
import type { AnnouncementParse, CitedDocument, ImportField } from './types'

export interface CampaignDraftProposal {
  parse: AnnouncementParse
  documents: DocumentMatch[]
}

export const proposeCampaignDraft = async ({
  payload,
  user,
  input,
}: {
  payload: Payload
  user: User
  input: { text: string } | AnnouncementFile
}): Promise<CampaignDraftProposal> => {
  const read =
    'text' in input ? { text: input.text, problems: [] } : await readAnnouncementFile(input)
  const parsed = parseAnnouncement(read.text)
  const parse = { ...parsed, problems: [...read.problems, ...parsed.problems] }
  return {
    parse,
    documents: await matchCitedDocuments({ payload, user, documents: parse.documents }),
  }
}

/** A cited document the editor keeps: an existing record, or a new one for their site. */
export type ConfirmedDocument = { existingId: number } | { create: CitedDocument }

/** What the editor confirmed (as proposed or corrected): everything a draft needs. */
export interface ConfirmedCampaign {
  title: string
  seriesName: string
  year: number
  theme: string
  campaignWindow: { start: CalendarDate; end: CalendarDate }
  messages: string[]
  activities: Array<{ title: string; details: string | null }>
  introduction: string | null
  author: string | null
  publishedOn: CalendarDate | null
  documents: ConfirmedDocument[]
}

export type ProposalConfirmation =
  { isComplete: true; campaign: ConfirmedCampaign } | { isComplete: false; missing: ImportField[] }

/** The fields the editor may correct, or fill in when nothing was read, before confirming. */
export interface ProposalEdits {
  title?: string
  seriesName?: string
  year?: number
  theme?: string
  campaignWindow?: { start: CalendarDate; end: CalendarDate }
}

/**
 * The proposal as the editor confirmed it: every field as read unless they corrected it; lists
 * the fields a draft cannot do without when neither was there (the editor fills those in first).
 */
export const acceptProposal = (
  { parse, documents }: CampaignDraftProposal,
  edits: ProposalEdits = {},
): ProposalConfirmation => {
  const fields = {
    title: edits.title ?? parse.title?.value,
    seriesName: edits.seriesName ?? parse.seriesName?.value,
    year: edits.year ?? parse.year?.value,
    theme: edits.theme ?? parse.theme?.value,
    campaignWindow: edits.campaignWindow ?? parse.campaignWindow?.value,
  }
  const { title, seriesName, year, theme, campaignWindow } = fields
  if (!title || !seriesName || !year || !theme || !campaignWindow) {
    const missing = Object.entries(fields)
      .filter(([, value]) => !value)
      .map(([field]) => field as ImportField)
    return { isComplete: false, missing }
  }
  return {
    isComplete: true,
    campaign: {
      title,
      seriesName,
      year,
      theme,
      campaignWindow,
      messages: parse.messages.map((message) => message.value),
      activities: parse.activities.map(({ title, details }) => ({ title, details })),
      introduction: parse.introduction?.value ?? null,
      author: parse.author?.value ?? null,
      publishedOn: parse.publishedOn?.value ?? null,
      documents: documents.map(({ cited, existing }) =>
        existing ? { existingId: existing.id } : { create: cited },
      ),
    },
  }
}
