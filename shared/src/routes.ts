// The public routes' paths and the languages they answer in, in one place: the widget builds its
// request from these, the CMS's front server matches them and the admin's snippets link them, so
// no two of them can spell a route differently.

/** The languages the public answers (and the admin) come in; Vietnamese first, the default. */
export const LOCALES = ['vi', 'en'] as const

export type Locale = (typeof LOCALES)[number]

/** A query parameter or attribute narrowed to a Locale; anything else is not one. */
export const isLocale = (value: unknown): value is Locale =>
  (LOCALES as readonly unknown[]).includes(value)

/** The banner's shapes, as the element's `variant` attribute and the embed page's `?variant=` take them. */
export const VARIANTS = ['bar', 'card', 'compact'] as const

export type Variant = (typeof VARIANTS)[number]

export const isVariant = (value: unknown): value is Variant =>
  (VARIANTS as readonly unknown[]).includes(value)

/** Everything the public JSON API answers lives under this prefix. */
export const PUBLIC_API_PREFIX = '/api/public/'

/** What each of a site's public resources is called under /api/public/sites/:site/. */
export const SITE_RESOURCES = {
  /** The edition the site shows now (CurrentCampaignResponse). */
  campaign: 'campaign',
  /** The site's published editions, `?year=` (CampaignArchiveResponse). */
  archive: 'campaigns',
  /** The current alt text for the image snippet, text/plain. */
  bannerText: 'banner.txt',
  /** The image snippet's picture, `?variant=bar|card&locale=&scale=1|2`, image/png. */
  bannerImage: 'banner.png',
} as const

export type SiteResource = keyof typeof SITE_RESOURCES

/** `/api/public/sites/skhcn-khanhhoa/campaign`: a site's public resource (slug encoded). */
export const publicSitePath = (site: string, resource: SiteResource): string =>
  `${PUBLIC_API_PREFIX}sites/${encodeURIComponent(site)}/${SITE_RESOURCES[resource]}`

/** The responses as JSON Schema. */
export const SCHEMA_PATHS = {
  campaign: `${PUBLIC_API_PREFIX}schema`,
  archive: `${PUBLIC_API_PREFIX}schema/archive`,
} as const

/** The widget's built files; `campaign-banner.js` is the current module build. */
export const WIDGET_PREFIX = '/widget/v1/'
export const WIDGET_MODULE_PATH = `${WIDGET_PREFIX}campaign-banner.js`

/** `/go/:site`: the image snippet's link, redirected to what the site shows now. */
export const GO_PREFIX = '/go/'
export const goPath = (site: string): string => `${GO_PREFIX}${encodeURIComponent(site)}`

/** `/embed/:site`: the iframe snippet's page. */
export const EMBED_PREFIX = '/embed/'
export const embedPath = (site: string): string => `${EMBED_PREFIX}${encodeURIComponent(site)}`

/** `/sites/:site/archive[/:year]`: the public archive page. */
export const SITE_PAGES_PREFIX = '/sites/'
export const archivePagePath = (site: string, year?: number): string =>
  `${SITE_PAGES_PREFIX}${encodeURIComponent(site)}/archive${year === undefined ? '' : `/${year}`}`
