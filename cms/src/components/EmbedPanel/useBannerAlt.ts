import type { Locale } from '@campaign/shared/routes'
import { publicSitePath } from '@campaign/shared/routes'
import { useEffect, useState } from 'react'

/**
 * The image snippet's alt text: the CMS's current one for the site (banner.txt, which names no year
 * or date), else the site's name while it loads or if the site is not saved yet.
 */
export const useBannerAlt = ({
  origin,
  site,
  locale,
  fallback,
}: {
  origin: string
  site: string
  locale: Locale
  fallback: string
}): string => {
  const [alt, setAlt] = useState<string>()
  useEffect(() => {
    const controller = new AbortController()
    setAlt(undefined)
    if (site === '') return
    fetch(`${origin}${publicSitePath(site, 'bannerText')}?locale=${locale}`, {
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.text() : undefined))
      .then((text) => setAlt(text?.trim() || undefined))
      .catch(() => {})
    return () => controller.abort()
  }, [origin, site, locale])
  return alt ?? fallback
}
