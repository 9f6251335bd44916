import type { Payload } from 'payload'

import type { Site } from '../payload-types'
import { findFirst } from './upsert'

type SiteSeed = Omit<Site, 'id' | 'createdAt' | 'updatedAt'>

export const KHANH_HOA_SITE: SiteSeed = {
  name: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa',
  slug: 'skhcn-khanhhoa',
  portalUrl: 'https://skhcn.khanhhoa.gov.vn',
  allowedOrigins: [{ origin: 'https://skhcn.khanhhoa.gov.vn' }],
  timeZone: 'Asia/Ho_Chi_Minh',
  defaultLocale: 'vi',
}

export const DEMO_SITE: SiteSeed = {
  name: 'Cổng thông tin minh họa (DEMO)',
  slug: 'demo-portal',
  portalUrl: null,
  // The demo may be embedded from any page, e.g. a file opened from another origin.
  allowedOrigins: [{ origin: '*' }],
  timeZone: 'Asia/Ho_Chi_Minh',
  defaultLocale: 'vi',
}

const ensureSite = async (payload: Payload, data: SiteSeed): Promise<Site> =>
  (await findFirst(payload, 'sites', { slug: { equals: data.slug } })) ??
  (await payload.create({ collection: 'sites', data, overrideAccess: true }))

export const seedSites = async (payload: Payload) => ({
  khanhHoa: await ensureSite(payload, KHANH_HOA_SITE),
  demo: await ensureSite(payload, DEMO_SITE),
})
