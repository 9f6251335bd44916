// What a document id looks like in the database in use, read off the adapter, so a value that
// cannot be an id is refused before a query is built (SQLite fails on "abc"; MongoDB cannot make
// an ObjectId of it and drops the condition).
import type { Collection, Payload } from 'payload'

import { collectionBySlug } from './collectionBySlug'

const WHOLE_NUMBER = /^(0|[1-9]\d*)$/
const DECIMAL = /^-?\d+(\.\d+)?$/
const OBJECT_ID = /^[0-9a-f]{24}$/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

type Format = (value: string | number) => boolean

/** What the format depends on: the adapter in use and the collections' own id fields. */
export interface IdContext {
  db: Pick<Payload['db'], 'defaultIDType' | 'name'>
  collections: Record<string, Pick<Collection, 'customIDType'> & { config: { slug: string } }>
}

/** The adapter's own ids: serial numbers, or text (ObjectIds on MongoDB, UUIDs where so set). */
const adapterFormat = (db: IdContext['db']): Format => {
  if (db.defaultIDType === 'number') {
    return (value) =>
      typeof value === 'number'
        ? Number.isSafeInteger(value) && value >= 0
        : WHOLE_NUMBER.test(value) && Number.isSafeInteger(Number(value))
  }
  const pattern =
    db.name === 'mongoose' ? OBJECT_ID : 'idType' in db && db.idType === 'uuid' ? UUID : undefined
  return (value) => typeof value === 'string' && value !== '' && (pattern?.test(value) ?? true)
}

/** A collection's own id field: any finite number, or any non-empty text. */
const customFormat = (type: 'number' | 'text'): Format =>
  type === 'number'
    ? (value) => (typeof value === 'number' ? Number.isFinite(value) : DECIMAL.test(value))
    : (value) => typeof value === 'string' && value !== ''

/**
 * Whether `value` can be a document id: of `collection` (which, with a custom id field, still keeps
 * its versions under the adapter's ids, so both forms pass) or, without one, under the adapter's ids.
 */
export const isWellFormedId = (
  payload: IdContext,
  value: unknown,
  collection?: string,
): boolean => {
  if (typeof value !== 'string' && typeof value !== 'number') return false
  const custom = collection ? collectionBySlug(payload, collection)?.customIDType : undefined
  return adapterFormat(payload.db)(value) || (custom !== undefined && customFormat(custom)(value))
}
