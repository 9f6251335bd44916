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

/**
 * The proposal taken as it stands, for an editor who accepts every field; lists the fields a
 * draft cannot do without when they were not read (the editor fills those in first).
 */
export const acceptProposal = ({
  parse,
  documents,
}: CampaignDraftProposal): ProposalConfirmation => {
  const { title, seriesName, year, theme, campaignWindow } = parse
  if (!title || !seriesName || !year || !theme || !campaignWindow) {
    const fields = { title, seriesName, year, theme, campaignWindow }
    const missing = Object.entries(fields)
      .filter(([, value]) => !value)
      .map(([field]) => field as ImportField)
    return { isComplete: false, missing }
  }
  return {
    isComplete: true,
    campaign: {
      title: title.value,
      seriesName: seriesName.value,
      year: year.value,
      theme: theme.value,
      campaignWindow: campaignWindow.value,
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
