import type { Payload } from 'payload'

import { normalizeDocumentNumber } from '../collections/Documents/documentNumber'
import { documentTypeKey } from '../collections/Documents/documentTypes'
import type { Document } from '../payload-types'
import { findFirst } from './upsert'

export interface DocumentSeed {
  type: string
  number: string
  date: string | null
  issuer: string
  summary?: string
}

/** Official documents are shared records: found by their number, created once. */
export const ensureDocument = async (payload: Payload, seed: DocumentSeed): Promise<Document> => {
  const number = normalizeDocumentNumber(seed.number)
  const existing = await findFirst(payload, 'documents', { number: { equals: number } })
  if (existing) return existing
  return payload.create({
    collection: 'documents',
    overrideAccess: true,
    locale: 'vi',
    data: {
      number,
      type: documentTypeKey(seed.type),
      issuer: seed.issuer,
      issuedOn: seed.date,
      summary: seed.summary ?? null,
    },
  })
}
