// The public JSON the CMS endpoint returns and the widget reads, and a runtime check for it
// ("parse, don't trust"): the widget runs on pages we do not control, behind caches we do not
// control, so it checks what it got before it renders anything.
import { HEX_COLOR, HTTP_URL, TIME_ZONE } from './patterns'
import type { Locale } from './routes'
import { LOCALES } from './routes'
import type { CalendarDate, DateWindow, Phase } from './schedule'
import { isCalendarDate } from './schedule'

/** Bumped only for breaking changes; adding fields keeps version 1 (readers ignore unknown ones). */
export const CONTRACT_VERSION = 1

export type { Locale } from './routes'

/** An official document (Kế hoạch, Công văn, …) behind the campaign. */
export interface PublicDocument {
  number: string // as printed, e.g. '10909/KH-UBND'
  type: string // e.g. 'Kế hoạch'
  issuer: string | null
  issuedOn: CalendarDate | null
  summary: string | null
  fileUrl: string | null // absolute http(s)
}

export interface PublicAttachment {
  title: string
  url: string // absolute http(s)
  mimeType: string
  fileType: string // the format's short name, 'PDF', 'DOCX' (format.ts formatFileType)
  bytes: number
}

export interface PublicImage {
  url: string // absolute http(s)
  alt: string // '' for a decorative image
  width: number | null
  height: number | null
}

export interface PublicCampaign {
  id: string // database id as a string (numbers on SQLite, ObjectId strings on MongoDB)
  editionKey: string // changes when an editor marks a major update; the widget keys dismissals on it
  series: string
  year: number
  title: string
  theme: string
  messages: string[]
  activities: string[]
  window: DateWindow
  displayWindow: DateWindow
  timeZone: string
  phase: Phase // these three as computed by the server at serverTime (see schedule.ts phaseAt)
  daysUntilStart: number
  daysLeft: number
  articleUrl: string | null
  accentColor: string | null // '#rrggbb', at least 4.5:1 against white (contrast.ts)
  image: PublicImage | null
  documents: PublicDocument[]
  attachments: PublicAttachment[]
  locale: Locale
  updatedAt: string // ISO instant
}

export interface PublicSite {
  slug: string
  name: string
  timeZone: string
  locale: Locale
}

export type CurrentCampaignResponse =
  | { version: 1; kind: 'campaign'; serverTime: string; site: PublicSite; campaign: PublicCampaign }
  | { version: 1; kind: 'none'; serverTime: string; site: PublicSite; campaign: null }

export interface CampaignArchiveResponse {
  version: 1
  serverTime: string
  site: PublicSite
  year: number | null
  campaigns: PublicCampaign[]
}

export interface PublicErrorResponse {
  error: { code: string; message: string }
}

/** The fields of a campaign a banner shows (and the widget checks). */
export type BannerField =
  | 'editionKey'
  | 'title'
  | 'theme'
  | 'messages'
  | 'window'
  | 'displayWindow'
  | 'timeZone'
  | 'phase'
  | 'daysUntilStart'
  | 'daysLeft'
  | 'articleUrl'
  | 'accentColor'
  | 'attachments'
  | 'locale'

export type BannerCampaign = Pick<PublicCampaign, BannerField>

/** The current-campaign response as a banner reads it: the site and the other fields unread. */
export type BannerResponse =
  | { version: 1; kind: 'campaign'; serverTime: string; campaign: BannerCampaign }
  | { version: 1; kind: 'none'; serverTime: string; campaign: null }

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

// A handful of combinators. A check returns a fresh value holding only the known fields, or throws
// a TypeError "path: expected …" (short: this code ships in the widget) that the parse functions
// turn into { ok: false }.
type Check<T> = (value: unknown, path: string) => T

function fail(path: string, expected: string): never {
  throw new TypeError(`${path || '(root)'}: expected ${expected}`)
}

const when =
  <T>(test: (value: unknown) => boolean, expected: string): Check<T> =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, expected)

const isString = (v: unknown): v is string => typeof v === 'string'

const matching = (source: string, expected: string): Check<string> => {
  const re = new RegExp(source, 'u')
  return when((v) => isString(v) && re.test(v), expected)
}

const integer = (min: number, max = Infinity, expected = 'integer >= ' + min) =>
  when<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, expected)

const oneOf = <T extends string | number>(...values: T[]): Check<T> =>
  when((v) => values.includes(v as T), values.map((v) => JSON.stringify(v)).join(' | '))

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path)

const list =
  <T>(check: Check<T>): Check<T[]> =>
  (value, path) =>
    Array.isArray(value)
      ? Array.from(value, (item: unknown, i) => check(item, `${path}[${i}]`))
      : fail(path, 'array')

const object =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (value, path) => {
    if (typeof value !== 'object' || !value || Array.isArray(value)) return fail(path, 'object')
    const out: Partial<T> = {}
    for (const key in shape)
      out[key] = shape[key]((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
    return out as T
  }

const text = when<string>(isString, 'string')
const name = when<string>((v) => isString(v) && v !== '', 'non-empty string')
const count = integer(0)
const size = /* @__PURE__ */ nullable(/* @__PURE__ */ integer(1))
const year = /* @__PURE__ */ integer(1900, 2200, 'integer 1900-2200')
const calendarDate = when<CalendarDate>(isCalendarDate, 'YYYY-MM-DD')
// INSTANT (patterns.ts): a calendar date as isCalendarDate has it, then the time and the offset.
const instant = when<string>(
  (v) =>
    isString(v) &&
    isCalendarDate(v.slice(0, 10)) &&
    /^.{10}T([01]\d|2[0-3])(:[0-5]\d){2}(\.\d{3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(v),
  'ISO 8601 instant',
)
const httpUrl = matching(HTTP_URL, 'http(s) URL')
const timeZone = matching(TIME_ZONE, 'IANA time zone')
const locale = oneOf<Locale>(...LOCALES)
const dateWindow = object<DateWindow>({ start: calendarDate, end: calendarDate })

// What a banner reads of a campaign; the widget checks only this (a tolerant reader: what it does
// not read cannot break it), so the checks of the other fields stay out of its bundle.
const bannerFields = {
  editionKey: name,
  title: name,
  theme: text,
  messages: list(text),
  window: dateWindow,
  displayWindow: dateWindow,
  timeZone,
  phase: oneOf<Phase>('upcoming', 'live', 'ended'),
  daysUntilStart: count,
  daysLeft: count,
  articleUrl: nullable(httpUrl),
  accentColor: nullable(matching(HEX_COLOR, '#rrggbb')),
  attachments: list(
    object<PublicAttachment>({
      title: name,
      url: httpUrl,
      mimeType: name,
      fileType: name,
      bytes: count,
    }),
  ),
  locale,
} satisfies { [K in BannerField]-?: Check<PublicCampaign[K]> }

// The banner's fields and the rest, so the two parsers cannot drift apart (errors name the first
// wrong field in this order). Calls marked pure so that a bundle using only the banner's parser
// drops them.
const campaign = /* @__PURE__ */ object<PublicCampaign>({
  id: name,
  series: name,
  year,
  ...bannerFields,
  activities: /* @__PURE__ */ list(text),
  image: /* @__PURE__ */ nullable(
    /* @__PURE__ */ object<PublicImage>({ url: httpUrl, alt: text, width: size, height: size }),
  ),
  documents: /* @__PURE__ */ list(
    /* @__PURE__ */ object<PublicDocument>({
      number: name,
      type: name,
      issuer: /* @__PURE__ */ nullable(text),
      issuedOn: /* @__PURE__ */ nullable(calendarDate),
      summary: /* @__PURE__ */ nullable(text),
      fileUrl: /* @__PURE__ */ nullable(httpUrl),
    }),
  ),
  updatedAt: instant,
})

const site = /* @__PURE__ */ object<PublicSite>({ slug: name, name, timeZone, locale })
const version = oneOf<1>(CONTRACT_VERSION)
const kind = oneOf('campaign', 'none')
const isNull = when<null>((v) => v === null, 'null')

// The head first (so its errors come first), then the campaign that `kind` calls for.
const response =
  <Head extends { kind: 'campaign' | 'none' }, C>(
    head: Check<Head>,
    body: Check<C>,
  ): Check<
    (Head & { kind: 'campaign'; campaign: C }) | (Head & { kind: 'none'; campaign: null })
  > =>
  (value, path) => {
    const checked = head(value, path)
    const campaign = (value as Record<string, unknown>).campaign
    return checked.kind === 'campaign'
      ? { ...checked, kind: 'campaign', campaign: body(campaign, 'campaign') }
      : { ...checked, kind: 'none', campaign: isNull(campaign, 'campaign') }
  }

const currentCampaignResponse: Check<CurrentCampaignResponse> = /* @__PURE__ */ response(
  /* @__PURE__ */ object<Omit<CurrentCampaignResponse, 'campaign'>>({
    version,
    kind,
    serverTime: instant,
    site,
  }),
  campaign,
)

const bannerResponse: Check<BannerResponse> = response(
  object<Omit<BannerResponse, 'campaign'>>({ version, kind, serverTime: instant }),
  object<BannerCampaign>(bannerFields),
)

// Marked pure so that a bundle using only the current-campaign parser drops it.
const campaignArchiveResponse = /* @__PURE__ */ object<CampaignArchiveResponse>({
  version,
  serverTime: instant,
  site,
  year: /* @__PURE__ */ nullable(year),
  campaigns: /* @__PURE__ */ list(campaign),
})

function run<T>(check: Check<T>, input: unknown): ParseResult<T> {
  try {
    return { ok: true, value: check(input, '') }
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, error: error.message }
    throw error
  }
}

export function parseCurrentCampaignResponse(input: unknown): ParseResult<CurrentCampaignResponse> {
  return run(currentCampaignResponse, input)
}

/**
 * The widget's parser: checks only what a banner shows (BannerField) and keeps only that, so a
 * change to a field it never reads cannot hide the banner. The CMS's answers pass both parsers.
 */
export function parseBannerResponse(input: unknown): ParseResult<BannerResponse> {
  return run(bannerResponse, input)
}

export function parseCampaignArchiveResponse(input: unknown): ParseResult<CampaignArchiveResponse> {
  return run(campaignArchiveResponse, input)
}
