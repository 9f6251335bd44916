// Payload's searches (the list's search box, the campaign's document picker, REST `where`) ask
// for `number like <typed text>`, which finds only a number typed exactly as stored. This widens
// each such condition to the documents whose number, normalised, contains the typed text
// normalised. The numbers are read at search time (documents are hundreds, not millions), so
// no stored search column, no migration, and the same on SQLite and MongoDB.
import type { CollectionBeforeOperationHook, Where } from 'payload'

import { numberSearchKey } from '../numberSearchKey'

type Id = number | string

const likeText = (condition: unknown): string | null => {
  if (typeof condition !== 'object' || condition === null) return null
  const like = (condition as { like?: unknown }).like
  return typeof like === 'string' ? like : null
}

const hasNumberSearch = (where: Where): boolean =>
  Object.entries(where).some(([key, value]) =>
    key === 'and' || key === 'or'
      ? Array.isArray(value) && value.some((part) => hasNumberSearch(part as Where))
      : key === 'number' && likeText(value) !== null,
  )

const widen = (where: Where, matching: (text: string) => Id[]): Where => {
  const parts: Where[] = Object.entries(where).map(([key, value]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      return { [key]: value.map((part) => widen(part as Where, matching)) }
    }
    const text = key === 'number' ? likeText(value) : null
    const ids = text === null ? [] : matching(text)
    return ids.length > 0 ? { or: [{ [key]: value }, { id: { in: ids } }] } : { [key]: value }
  })
  return parts.length === 1 ? (parts[0] as Where) : { and: parts }
}

export const searchByNormalizedNumber: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const where = (args as { where?: Where }).where
  if (operation !== 'read' || !where || !hasNumberSearch(where)) return args
  // Every number, whoever asks: only ids come out of it, and the search itself still runs
  // under the caller's access.
  const { docs } = await req.payload.find({
    collection: 'documents',
    depth: 0,
    pagination: false,
    select: { number: true },
    overrideAccess: true,
    req,
  })
  const keyed = docs.map((doc) => ({ id: doc.id, key: numberSearchKey(doc.number) }))
  const matching = (text: string): Id[] => {
    const key = numberSearchKey(text)
    return key === '' ? [] : keyed.filter((doc) => doc.key.includes(key)).map((doc) => doc.id)
  }
  return { ...args, where: widen(where, matching) }
}
