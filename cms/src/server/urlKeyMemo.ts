// Request URL → what answers it, so a repeated URL skips parsing and validation altogether. Only
// URLs that were answered for a known site, carry only known parameters and are short are kept,
// and the oldest go first: strangers' URLs cannot grow it or push the portals' URLs out.

const MAX_REMEMBERED_URL = 200
const MAX_REMEMBERED_URLS = 1000

export const createUrlKeyMemo = <Target>(knownParams: ReadonlySet<string>) => {
  const byUrl = new Map<string, Target>()
  return {
    get: (url: string | undefined): Target | undefined => (url ? byUrl.get(url) : undefined),
    remember: (url: string | undefined, params: URLSearchParams, target: Target): void => {
      if (!url || url.length > MAX_REMEMBERED_URL || byUrl.has(url)) return
      for (const name of params.keys()) if (!knownParams.has(name)) return
      const oldest = byUrl.keys().next()
      if (byUrl.size >= MAX_REMEMBERED_URLS && !oldest.done) byUrl.delete(oldest.value)
      byUrl.set(url, target)
    },
    size: (): number => byUrl.size,
  }
}
