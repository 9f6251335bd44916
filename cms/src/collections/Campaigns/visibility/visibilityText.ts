// The status line under "Xuất bản": where and when the published version shows, in the editor's
// language, one sentence per situation (sites that share one are named together).
import { formatDate } from '@campaign/shared/format'
import type { Locale } from '@campaign/shared/routes'

import type { SiteVisibility, Visibility } from './whereShown'

const TEXT = {
  vi: {
    unpublished: 'Chưa xuất bản: chưa hiển thị trên trang nào.',
    noSite: 'Đã xuất bản nhưng chưa gắn với trang nào bạn quản lý.',
    showing: (sites: string, until: string) => `Đang hiển thị trên: ${sites} (đến hết ${until}).`,
    later: (sites: string, from: string) => `Sẽ hiển thị từ ${from} trên: ${sites}.`,
    ended: (ended: string) => `Không hiển thị ở đâu: đã kết thúc ngày ${ended}.`,
    outshone: (sites: string, by: string) =>
      `Không hiển thị trên ${sites}: trang đang hiển thị kỳ “${by}” (bắt đầu muộn hơn).`,
  },
  en: {
    unpublished: 'Not published: shown on no site.',
    noSite: 'Published, but on none of the sites you manage.',
    showing: (sites: string, until: string) => `Showing on: ${sites} (until ${until}).`,
    later: (sites: string, from: string) => `Will show from ${from} on: ${sites}.`,
    ended: (ended: string) => `Shown nowhere: it ended on ${ended}.`,
    outshone: (sites: string, by: string) =>
      `Not shown on ${sites}: the site shows “${by}” (it starts later).`,
  },
} as const

const namesOf = (sites: SiteVisibility[]) => sites.map((site) => site.site).join(', ')

/** Sites in one state and with the same date (or rival) belong in one sentence. */
const groupKey = (site: SiteVisibility): string => {
  switch (site.state) {
    case 'showing':
      return `showing|${site.until}`
    case 'later':
      return `later|${site.from}`
    case 'ended':
      return `ended|${site.ended}`
    case 'outshone':
      return `outshone|${site.by}`
  }
}

export const visibilityText = (visibility: Visibility, locale: Locale): string[] => {
  const t = TEXT[locale]
  if (!visibility.isPublished) return [t.unpublished]
  if (visibility.sites.length === 0) return [t.noSite]
  const groups = new Map<string, SiteVisibility[]>()
  for (const site of visibility.sites) {
    const key = groupKey(site)
    groups.set(key, [...(groups.get(key) ?? []), site])
  }
  return [...groups.values()].map((sites) => {
    const [first] = sites as [SiteVisibility]
    const names = namesOf(sites)
    switch (first.state) {
      case 'showing':
        return t.showing(names, formatDate(first.until, locale))
      case 'later':
        return t.later(names, formatDate(first.from, locale))
      case 'ended':
        return t.ended(formatDate(first.ended, locale))
      case 'outshone':
        return t.outshone(names, first.by)
    }
  })
}
