// The proposal as the admin receives it: the parse (each value with its source), each cited
// document with the record it would reuse, and the fields a draft still needs.
import type { PayloadRequest } from 'payload'

import type { CampaignDraftProposal } from '../../../import/campaignProposal'
import { acceptProposal } from '../../../import/campaignProposal'
import type { DocumentMatch } from '../../../import/matchDocuments'
import type { AnnouncementParse, CitedDocument, ImportField } from '../../../import/types'
import type { Document, Site } from '../../../payload-types'
import { messageLanguage } from '../../../i18n/messages'
import { importMessage } from './importMessages'
import { ImportRefusal } from './importRefusal'

/** Only what the editor needs to recognise the record. */
export type ExistingDocument = Pick<Document, 'id' | 'number' | 'type' | 'issuer' | 'issuedOn'>

export interface ImportPreview {
  site: Site['id']
  parse: AnnouncementParse
  documents: Array<{
    cited: CitedDocument
    existing: ExistingDocument | null
    match: DocumentMatch['match']
  }>
  /** Fields a draft cannot do without that were not read: the editor fills them in. */
  missing: ImportField[]
}

export const previewAnswer = (site: Site['id'], proposal: CampaignDraftProposal): ImportPreview => {
  const accepted = acceptProposal(proposal)
  return {
    site,
    parse: proposal.parse,
    documents: proposal.documents.map(({ cited, existing, match }) => ({
      cited,
      existing: existing && {
        id: existing.id,
        number: existing.number,
        type: existing.type,
        issuer: existing.issuer,
        issuedOn: existing.issuedOn,
      },
      match,
    })),
    missing: accepted.isComplete ? [] : accepted.missing,
  }
}

const hasCampaignContent = (parse: AnnouncementParse): boolean =>
  parse.theme !== null ||
  parse.campaignWindow !== null ||
  parse.messages.length > 0 ||
  parse.activities.length > 0

/**
 * Text in which none of a campaign's parts was found (empty, HTML source, anything else) is
 * refused with a 400 naming why: what the file or text problem says, else that nothing was
 * recognised. The problems go along for the admin to list.
 */
export const refuseWithoutCampaign = (req: PayloadRequest, parse: AnnouncementParse): void => {
  if (hasCampaignContent(parse)) return
  const language = messageLanguage(req)
  const cause = parse.problems.find(({ field }) => field === 'file' || field === 'text')
  const message = cause ? cause.message[language] : importMessage(req, 'nothingRead')
  throw new ImportRefusal(message, 400, { problems: parse.problems })
}
