// The sites by slug, read once per content version: unknown slugs are answered from memory and
// never reach the database.
import type { Payload } from 'payload'

import type { Site } from '../payload-types'
import { contentVersion } from './changeSignal'

export const createSiteDirectory = (payload: Payload) => {
  let loaded: { version: number; bySlug: Map<string, Site> } | null = null
  let loading: Promise<Map<string, Site>> | null = null

  const load = async (): Promise<Map<string, Site>> => {
    const version = contentVersion()
    // Sites are not public records: the directory reads them as the system, keeping only
    // what the public responses need (slug, name, zone, locale, allowed origins).
    const { docs } = await payload.find({
      collection: 'sites',
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    const bySlug = new Map(docs.map((site) => [site.slug, site]))
    loaded = { version, bySlug }
    return bySlug
  }

  return {
    find: async (slug: string): Promise<Site | undefined> => {
      if (loaded && loaded.version === contentVersion()) return loaded.bySlug.get(slug)
      loading ??= load().finally(() => {
        loading = null
      })
      return (await loading).get(slug)
    },
  }
}

export type SiteDirectory = ReturnType<typeof createSiteDirectory>
