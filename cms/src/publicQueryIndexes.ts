// MongoDB only: the compound indexes the public answers' query uses (buildResponses.ts: a site's
// published editions, newest window first, or of one year), created at start; createIndex is a
// no-op when the index exists. SQLite reads these few rows without them; declaring them on the
// collection would add a SQLite migration for no gain.
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

export const PUBLIC_QUERY_INDEXES: ReadonlyArray<Record<string, 1 | -1>> = [
  { sites: 1, _status: 1, 'campaignWindow.start': -1 },
  { sites: 1, _status: 1, year: 1 },
]

export const ensurePublicQueryIndexes = async (payload: Payload): Promise<number> => {
  if (payload.db.name !== 'mongoose') return 0
  const campaigns = (payload.db as unknown as MongooseAdapter).collections.campaigns
  if (!campaigns) return 0
  for (const keys of PUBLIC_QUERY_INDEXES) await campaigns.collection.createIndex(keys)
  return PUBLIC_QUERY_INDEXES.length
}
