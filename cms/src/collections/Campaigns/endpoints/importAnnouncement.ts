import type { Endpoint } from 'payload'

import { createCampaignDraft } from '../../../import/campaignDraft'
import { acceptProposal, proposeCampaignDraft } from '../../../import/campaignProposal'
import { fieldNames, importMessage } from '../importAnnouncement/importMessages'
import { answeringRefusals, ImportRefusal } from '../importAnnouncement/importRefusal'
import { readImportRequest } from '../importAnnouncement/importRequest'
import { previewAnswer, refuseWithoutCampaign } from '../importAnnouncement/previewAnswer'

/**
 * POST /api/campaigns/import/preview { site?, text } or multipart { file, _payload: { site? } }:
 * the announcement read into a proposal (see ImportPreview); nothing is saved. 400 when no part
 * of a campaign could be read, 403 for anyone but an editor of the site (or an admin).
 */
export const importPreview: Endpoint = {
  path: '/import/preview',
  method: 'post',
  handler: answeringRefusals(async (req) => {
    const { user, siteId, input } = await readImportRequest(req)
    const proposal = await proposeCampaignDraft({ payload: req.payload, user, input })
    refuseWithoutCampaign(req, proposal.parse)
    return Response.json(previewAnswer(siteId, proposal))
  }),
}

/**
 * POST /api/campaigns/import { site?, text, fields? }: the confirmed proposal saved as a draft on
 * the site, reading the text again (the reading is deterministic) with the editor's corrections
 * in `fields`; documents on record are reused, the others created for the site. 201 { id }.
 */
export const importAnnouncement: Endpoint = {
  path: '/import',
  method: 'post',
  handler: answeringRefusals(async (req) => {
    const { user, siteId, input, edits } = await readImportRequest(req)
    const proposal = await proposeCampaignDraft({ payload: req.payload, user, input })
    refuseWithoutCampaign(req, proposal.parse)
    const accepted = acceptProposal(proposal, edits)
    if (!accepted.isComplete) {
      const fields = fieldNames(req, accepted.missing)
      const message = importMessage(req, 'fieldsMissing', { fields })
      throw new ImportRefusal(message, 400, { missing: accepted.missing })
    }
    const created = await createCampaignDraft({
      payload: req.payload,
      user,
      req,
      siteId,
      campaign: accepted.campaign,
    })
    return Response.json(
      { id: created.id, message: importMessage(req, 'created') },
      { status: 201 },
    )
  }),
}
