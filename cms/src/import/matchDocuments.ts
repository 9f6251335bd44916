// Cited documents that already exist as Documents records (a plan every department cites, a
// letter imported last year) are reused, not created twice: matched on the number, after
// normalisation, through the Local API as the editor (so only records they may read are used).
import type { Payload } from 'payload'

import type { Document, User } from '../payload-types'
import { normalizedNumber, numberMatchKey } from './documentNumbers'
import type { CitedDocument } from './types'

export interface DocumentMatch {
  cited: CitedDocument
  /** The record the draft will use; null when a new one is proposed. */
  existing: Document | null
  /**
   * `exact`: the normalised numbers are equal; `loose`: they differ only in case, spaces or
   * hyphens (2768/SLĐTBXHBTXHTEBĐG as printed, 2768/SLĐTBXH-BTXHTEBĐG on record).
   */
  match: 'exact' | 'loose' | null
}

// Enough for every record sharing a number's leading digits; more would be a strange database.
const CANDIDATES = 50

const leadingDigits = (number: string): string => /^\d+/.exec(number)?.[0] ?? number

const matchOne = async (
  payload: Payload,
  user: User,
  cited: CitedDocument,
): Promise<DocumentMatch> => {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { number: { contains: `${leadingDigits(cited.number.normalized)}/` } },
    sort: 'id',
    limit: CANDIDATES,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const wanted = new Set([cited.number.normalized, cited.number.proposed])
  const exact = docs.find((doc) => wanted.has(normalizedNumber(doc.number)))
  if (exact) return { cited, existing: exact, match: 'exact' }
  const key = numberMatchKey(cited.number.proposed)
  const loose = docs.find((doc) => numberMatchKey(doc.number) === key)
  return loose ? { cited, existing: loose, match: 'loose' } : { cited, existing: null, match: null }
}

export const matchCitedDocuments = async ({
  payload,
  user,
  documents,
}: {
  payload: Payload
  user: User
  documents: readonly CitedDocument[]
}): Promise<DocumentMatch[]> => {
  const matches: DocumentMatch[] = []
  for (const cited of documents) matches.push(await matchOne(payload, user, cited))
  return matches
}
