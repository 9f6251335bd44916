import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { ensurePublicQueryIndexes, PUBLIC_QUERY_INDEXES } from './publicQueryIndexes'

const payloadOn = (name: string, created: unknown[]) =>
  ({
    db: {
      name,
      collections: {
        campaigns: { collection: { createIndex: async (keys: unknown) => created.push(keys) } },
      },
    },
  }) as unknown as Payload

describe('the public query indexes', () => {
  it('are created on MongoDB: by site and status, then window start or year', async () => {
    const created: unknown[] = []
    expect(await ensurePublicQueryIndexes(payloadOn('mongoose', created))).toBe(2)
    expect(created).toEqual(PUBLIC_QUERY_INDEXES)
    expect(created[0]).toEqual({ sites: 1, _status: 1, 'campaignWindow.start': -1 })
  })

  it('are left alone on SQLite', async () => {
    const created: unknown[] = []
    expect(await ensurePublicQueryIndexes(payloadOn('sqlite', created))).toBe(0)
    expect(created).toEqual([])
  })
})
