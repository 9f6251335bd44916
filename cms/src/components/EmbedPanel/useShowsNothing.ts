import type { Locale } from '@campaign/shared/routes'
import { publicSitePath } from '@campaign/shared/routes'
import { useEffect, useState } from 'react'

/**
 * Whether the site shows no campaign now (between campaigns): its previews are empty then, which
 * the panel says, so an empty box does not read as broken code.
 */
export const useShowsNothing = ({
  origin,
  site,
  locale,
}: {
  origin: string
  site: string
  locale: Locale
}): boolean => {
  const [showsNothing, setShowsNothing] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    setShowsNothing(false)
    if (site === '') return
    fetch(`${origin}${publicSitePath(site, 'campaign')}?locale=${locale}`, {
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((answer: { kind?: string } | undefined) => setShowsNothing(answer?.kind === 'none'))
      .catch(() => {})
    return () => controller.abort()
  }, [origin, site, locale])
  return showsNothing
}
