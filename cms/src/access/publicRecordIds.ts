// The documents and files the public may read: those a published campaign uses (a document's
// file with it) and national ones (no owner site). Read as the system, kept briefly per content
// version: file downloads and populated campaigns ask for it on every read.
import type { PayloadRequest } from 'payload'

import { contentVersion } from '../public/changeSignal'
import { relationId, type SiteId } from './roles'

export interface PublicRecordIds {
  documents: SiteId[]
  media: SiteId[]
}

// Short: a publish seen by another instance, or read before its transaction committed, is
// picked up within this time.
const MAX_AGE_MS = 5000
const KEY = Symbol.for('campaign-banner.public-record-ids')

type Memo = { version: number; at: number; ids: Promise<PublicRecordIds> }
const store = globalThis as Record<symbol, Memo | undefined>

const idsOf = (values: unknown): SiteId[] =>
  (Array.isArray(values) ? values : [values])
    .filter((value): value is SiteId | { id: SiteId } => value !== null && value !== undefined)
    .map(relationId)

const load = async (req: PayloadRequest): Promise<PublicRecordIds> => {
  const { docs: campaigns } = await req.payload.find({
    collection: 'campaigns',
    where: { _status: { equals: 'published' } },
    select: { documents: true, attachments: true, bannerImage: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const documentIds = campaigns.flatMap((campaign) => idsOf(campaign.documents))
  const media = campaigns.flatMap((campaign) => [
    ...idsOf(campaign.attachments),
    ...idsOf(campaign.bannerImage),
  ])
  const { docs: documents } = await req.payload.find({
    collection: 'documents',
    where: { or: [{ id: { in: documentIds } }, { ownerSite: { exists: false } }] },
    select: { file: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return {
    documents: documentIds,
    media: [...media, ...documents.flatMap((document) => idsOf(document.file))],
  }
}

export const publicRecordIds = (req: PayloadRequest): Promise<PublicRecordIds> => {
  const memo = store[KEY]
  const version = contentVersion()
  if (memo && memo.version === version && Date.now() - memo.at < MAX_AGE_MS) return memo.ids
  const ids = load(req)
  store[KEY] = { version, at: Date.now(), ids }
  ids.catch(() => {
    if (store[KEY]?.ids === ids) store[KEY] = undefined // a failed read is not remembered
  })
  return ids
}
