// Saves what the editor confirmed: the new documents for their site, then the campaign as a
// draft on that site. Nothing is published; everything runs as the editor (their access rules).
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { slugify } from '../fields/slugify'
import type { Campaign, Document, Site, User } from '../payload-types'
import { lexicalParagraphs } from '../seed/lexicalParagraphs'
import type { ConfirmedCampaign } from './campaignProposal'
import type { CitedDocument } from './types'

type CampaignData = RequiredDataFromCollectionSlug<'campaigns'>

const paragraphs = (text: string | null) => {
  const lines = (text ?? '').split('\n').filter((line) => line.trim() !== '')
  return lines.length > 0 ? lexicalParagraphs(...lines) : null
}

/** A slug from the series and year, as the seed names editions: thang-hanh-dong-…-2021. */
export const proposedSlug = ({
  seriesName,
  year,
}: Pick<ConfirmedCampaign, 'seriesName' | 'year'>) =>
  `${slugify(seriesName).slice(0, 90).replace(/-+$/, '')}-${year}`

/** The `payload.create` data of the draft, in Vietnamese (the default locale). */
export const campaignDraftData = ({
  campaign,
  siteId,
  documentIds,
  slug = proposedSlug(campaign),
}: {
  campaign: ConfirmedCampaign
  siteId: Site['id']
  documentIds: Array<Document['id']>
  slug?: string
}): CampaignData => ({
  seriesName: campaign.seriesName,
  title: campaign.title,
  theme: campaign.theme,
  year: campaign.year,
  campaignWindow: campaign.campaignWindow,
  messages: campaign.messages.map((text) => ({ text })),
  activities: campaign.activities.map(({ title, details }) => ({
    title,
    details: paragraphs(details),
  })),
  introduction: paragraphs(campaign.introduction),
  documents: documentIds,
  author: campaign.author,
  publishedOn: campaign.publishedOn,
  slug,
  sites: [siteId],
  _status: 'draft',
})

/** The Documents record a cited document becomes, owned by the editor's site. */
export const documentData = (cited: CitedDocument, siteId: Site['id']) => ({
  number: cited.number.proposed,
  type: cited.type,
  issuer: cited.issuer,
  issuedOn: cited.issuedOn,
  summary: cited.summary,
  ownerSite: siteId,
})

/** Who saves: the editor, and their request when there is one (their language in errors). */
interface Caller {
  payload: Payload
  user: User
  req?: Partial<PayloadRequest>
}

// A second import of one year must not fail on the slug: the next free one is taken.
const freeSlug = async ({ payload, user, req }: Caller, siteId: Site['id'], base: string) => {
  const candidates = [base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)]
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { and: [{ slug: { in: candidates } }, { sites: { in: [siteId] } }] },
    draft: true,
    depth: 0,
    limit: candidates.length,
    pagination: false,
    user,
    req,
    overrideAccess: false,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  return candidates.find((slug) => !taken.has(slug)) ?? base
}

const createDocuments = async (
  { payload, user, req }: Caller,
  siteId: Site['id'],
  campaign: ConfirmedCampaign,
) => {
  const ids: Array<Document['id']> = []
  const created: Array<Document['id']> = []
  for (const document of campaign.documents) {
    if ('existingId' in document) {
      ids.push(document.existingId)
      continue
    }
    const { id } = await payload.create({
      collection: 'documents',
      data: documentData(document.create, siteId),
      locale: 'vi',
      user,
      req,
      overrideAccess: false,
    })
    ids.push(id)
    created.push(id)
  }
  return { ids, created }
}

/**
 * Creates the new documents, then the draft. Should the draft be refused (a rule of the
 * collection), the documents made for it are removed again, so a retry starts clean.
 */
export const createCampaignDraft = async ({
  siteId,
  campaign,
  ...caller
}: Caller & {
  siteId: Site['id']
  campaign: ConfirmedCampaign
}): Promise<Campaign> => {
  const { payload, user, req } = caller
  const documents = await createDocuments(caller, siteId, campaign)
  try {
    const slug = await freeSlug(caller, siteId, proposedSlug(campaign))
    return await payload.create({
      collection: 'campaigns',
      data: campaignDraftData({ campaign, siteId, documentIds: documents.ids, slug }),
      draft: true,
      locale: 'vi',
      user,
      req,
      overrideAccess: false,
    })
  } catch (error) {
    if (documents.created.length > 0) {
      await payload.delete({
        collection: 'documents',
        where: { id: { in: documents.created } },
        user,
        req,
        overrideAccess: false,
      })
    }
    throw error
  }
}
