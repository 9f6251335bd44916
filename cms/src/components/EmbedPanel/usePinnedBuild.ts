import { WIDGET_PREFIX } from '@campaign/shared/routes'
import { useEffect, useState } from 'react'

import type { PinnedBuild } from '../../embed/scriptSnippet'

/** The current module build's hashed file and SRI hash, from the manifest the CMS serves. */
export const usePinnedBuild = (origin: string): PinnedBuild | undefined => {
  const [pinned, setPinned] = useState<PinnedBuild>()
  useEffect(() => {
    const controller = new AbortController()
    fetch(`${origin}${WIDGET_PREFIX}manifest.json`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((manifest: { files?: Record<string, PinnedBuild> } | undefined) => {
        const entry = manifest?.files?.['campaign-banner.js']
        if (entry?.hashed && entry.integrity) setPinned(entry)
      })
      .catch(() => {}) // no pinned variant then: the stable file still works
    return () => controller.abort()
  }, [origin])
  return pinned
}
