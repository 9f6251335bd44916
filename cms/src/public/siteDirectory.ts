// The sites by slug, read once per content version and at most `ttlMs` old: unknown slugs are
// answered from memory and never reach the database. The TTL bounds how long a change made by
// another process (a second instance, the jobs worker) goes unseen, as for cached responses.
import type { Payload } from 'payload'

import type { Site } from '../payload-types'
import { contentVersion } from './changeSignal'

export interface SiteDirectoryOptions {
  ttlMs: number
  now: () => Date
}

export const createSiteDirectory = (payload: Payload, { ttlMs, now }: SiteDirectoryOptions) => {
  let loaded: { version: number; loadedAt: number; bySlug: Map<string, Site> } | null = null
  let loading: Promise<Map<string, Site>> | null = null

  const load = async (): Promise<Map<string, Site>> => {
    const version = contentVersion()
    const loadedAt = now().getTime()
    // Sites are not public records: the directory reads them as the system, keeping only
    // what the public responses need (slug, name, zone, locale, allowed origins).
    const { docs } = await payload.find({
      collection: 'sites',
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    const bySlug = new Map(docs.map((site) => [site.slug, site]))
    loaded = { version, loadedAt, bySlug }
    return bySlug
  }

  const isCurrent = (entry: NonNullable<typeof loaded>): boolean =>
    entry.version === contentVersion() && now().getTime() - entry.loadedAt < ttlMs

  return {
    find: async (slug: string): Promise<Site | undefined> => {
      if (loaded && isCurrent(loaded)) return loaded.bySlug.get(slug)
      loading ??= load().finally(() => {
        loading = null
      })
      return (await loading).get(slug)
    },
  }
}

export type SiteDirectory = ReturnType<typeof createSiteDirectory>
