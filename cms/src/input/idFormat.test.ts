import { describe, expect, it } from 'vitest'

import type { IdContext } from './idFormat'
import { isWellFormedId } from './idFormat'

// The adapters as isWellFormedId sees them: no database needed, so MongoDB is covered here too.
const sqlite: IdContext = { db: { name: 'sqlite', defaultIDType: 'number' }, collections: {} }
const mongo: IdContext = { db: { name: 'mongoose', defaultIDType: 'text' }, collections: {} }
// Drizzle adapters set to UUID ids say so in `idType`.
const uuidAdapter = { name: 'postgres', defaultIDType: 'text' as const, idType: 'uuid' }
const postgresUuid: IdContext = { db: uuidAdapter, collections: {} }

const MALFORMED = ['abc', '12abc', '1.5', '-1', '1e3', 'null', ' ', '', "x' OR '1'='1"]

describe('isWellFormedId', () => {
  it('takes serial numbers on SQLite, and nothing that only parses as one', () => {
    expect(['0', '7', '123456', 7].map((id) => isWellFormedId(sqlite, id))).toEqual([
      true,
      true,
      true,
      true,
    ])
    const refused = [
      ...MALFORMED,
      '007',
      '9'.repeat(30),
      Number.NaN,
      1.5,
      '5f9b8c7a6d5e4f3a2b1c0d9e',
    ]
    expect(refused.filter((id) => isWellFormedId(sqlite, id))).toEqual([])
  })

  it('takes ObjectIds on MongoDB, and no number', () => {
    expect(isWellFormedId(mongo, '5f9b8c7a6d5e4f3a2b1c0d9e')).toBe(true)
    expect(
      [...MALFORMED, '12', 12, '5f9b8c7a6d5e4f3a2b1c0d9'].filter((id) => isWellFormedId(mongo, id)),
    ).toEqual([])
  })

  it('takes UUIDs where the adapter keeps UUID ids', () => {
    expect(isWellFormedId(postgresUuid, '0b7f3c6e-1f2a-4c3d-9e8f-7a6b5c4d3e2f')).toBe(true)
    expect(MALFORMED.filter((id) => isWellFormedId(postgresUuid, id))).toEqual([])
  })

  it("takes a collection's custom ids beside the adapter's (its versions keep those)", () => {
    const withCodes: IdContext = {
      ...sqlite,
      collections: {
        codes: { config: { slug: 'codes' }, customIDType: 'text' },
        ranks: { config: { slug: 'ranks' }, customIDType: 'number' },
      },
    }
    expect(isWellFormedId(withCodes, 'KH-2025', 'codes')).toBe(true)
    expect(isWellFormedId(withCodes, '12', 'codes')).toBe(true)
    expect(isWellFormedId(withCodes, '', 'codes')).toBe(false)
    expect(isWellFormedId(withCodes, '-1.5', 'ranks')).toBe(true)
    expect(isWellFormedId(withCodes, 'abc', 'ranks')).toBe(false)
    expect(isWellFormedId(withCodes, 'KH-2025')).toBe(false)
  })
})
