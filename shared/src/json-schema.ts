// JSON Schema (draft 2020-12) for the public responses, for people and tools outside TypeScript.
// Patterns come from patterns.ts, the same ones the runtime check uses, so both accept the same
// payloads. No `format` keywords: validators treat them differently, the patterns carry the rules.
// Extra properties are allowed on purpose: readers must ignore fields they do not know.
import { CALENDAR_DATE, HEX_COLOR, HTTP_URL, INSTANT, TIME_ZONE } from './patterns'
import { LOCALES } from './routes'

const $defs = {
  calendarDate: {
    type: 'string',
    pattern: CALENDAR_DATE,
    description: 'A real calendar day, YYYY-MM-DD, without time or time zone.',
  },
  instant: {
    type: 'string',
    pattern: INSTANT,
    description:
      'An instant in ISO 8601 (ECMAScript date-time string format), e.g. 2021-11-15T00:00:00.000Z.',
  },
  httpUrl: {
    type: 'string',
    pattern: HTTP_URL,
    description: 'An absolute http: or https: URL (lower-case scheme); other schemes are refused.',
  },
  nonEmptyString: { type: 'string', minLength: 1 },
  count: { type: 'integer', minimum: 0 },
  pixels: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] },
  year: { type: 'integer', minimum: 1900, maximum: 2200 },
  timeZone: {
    type: 'string',
    pattern: TIME_ZONE,
    description: 'An IANA time zone name, e.g. Asia/Ho_Chi_Minh.',
  },
  locale: { enum: [...LOCALES] },
  dateWindow: {
    type: 'object',
    description: 'Calendar days, inclusive at both ends, in the campaign time zone.',
    required: ['start', 'end'],
    properties: {
      start: { $ref: '#/$defs/calendarDate' },
      end: { $ref: '#/$defs/calendarDate' },
    },
  },
  site: {
    type: 'object',
    title: 'Site',
    required: ['slug', 'name', 'timeZone', 'locale'],
    properties: {
      slug: { $ref: '#/$defs/nonEmptyString' },
      name: { $ref: '#/$defs/nonEmptyString' },
      timeZone: { $ref: '#/$defs/timeZone' },
      locale: { $ref: '#/$defs/locale' },
    },
  },
  image: {
    type: 'object',
    title: 'Image',
    required: ['url', 'alt', 'width', 'height'],
    properties: {
      url: { $ref: '#/$defs/httpUrl' },
      alt: { type: 'string', description: 'Empty for a decorative image.' },
      width: { $ref: '#/$defs/pixels' },
      height: { $ref: '#/$defs/pixels' },
    },
  },
  document: {
    type: 'object',
    title: 'Official document',
    required: ['number', 'type', 'issuer', 'issuedOn', 'summary', 'fileUrl'],
    properties: {
      number: { $ref: '#/$defs/nonEmptyString', description: 'As printed, e.g. 10909/KH-UBND.' },
      type: { $ref: '#/$defs/nonEmptyString', description: 'E.g. Kế hoạch, Công văn.' },
      issuer: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      issuedOn: { anyOf: [{ $ref: '#/$defs/calendarDate' }, { type: 'null' }] },
      summary: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      fileUrl: { anyOf: [{ $ref: '#/$defs/httpUrl' }, { type: 'null' }] },
    },
  },
  attachment: {
    type: 'object',
    title: 'Attachment',
    required: ['title', 'url', 'mimeType', 'fileType', 'bytes'],
    properties: {
      title: { $ref: '#/$defs/nonEmptyString' },
      url: { $ref: '#/$defs/httpUrl' },
      mimeType: { $ref: '#/$defs/nonEmptyString' },
      fileType: { $ref: '#/$defs/nonEmptyString' },
      bytes: { $ref: '#/$defs/count' },
    },
  },
  campaign: {
    type: 'object',
    title: 'Campaign edition',
    required: [
      'id',
      'editionKey',
      'series',
      'year',
      'title',
      'theme',
      'messages',
      'activities',
      'window',
      'displayWindow',
      'timeZone',
      'phase',
      'daysUntilStart',
      'daysLeft',
      'articleUrl',
      'accentColor',
      'image',
      'documents',
      'attachments',
      'locale',
      'updatedAt',
    ],
    properties: {
      id: { $ref: '#/$defs/nonEmptyString', description: 'Database id, as a string.' },
      editionKey: {
        $ref: '#/$defs/nonEmptyString',
        description: 'Changes on a major update; dismissals are keyed on it.',
      },
      series: { $ref: '#/$defs/nonEmptyString' },
      year: { $ref: '#/$defs/year' },
      title: { $ref: '#/$defs/nonEmptyString' },
      theme: { type: 'string' },
      messages: { type: 'array', items: { type: 'string' } },
      activities: { type: 'array', items: { type: 'string' } },
      window: { $ref: '#/$defs/dateWindow', description: 'The campaign itself.' },
      displayWindow: {
        $ref: '#/$defs/dateWindow',
        description: 'When the banner may be shown; normally surrounds the campaign window.',
      },
      timeZone: { $ref: '#/$defs/timeZone' },
      phase: {
        enum: ['upcoming', 'live', 'ended'],
        description: 'As computed by the server at serverTime.',
      },
      daysUntilStart: {
        $ref: '#/$defs/count',
        description: 'Start minus today while upcoming, else 0.',
      },
      daysLeft: {
        $ref: '#/$defs/count',
        description: 'End minus today while live (0 on the last day), else 0.',
      },
      articleUrl: { anyOf: [{ $ref: '#/$defs/httpUrl' }, { type: 'null' }] },
      accentColor: { anyOf: [{ type: 'string', pattern: HEX_COLOR }, { type: 'null' }] },
      image: { anyOf: [{ $ref: '#/$defs/image' }, { type: 'null' }] },
      documents: { type: 'array', items: { $ref: '#/$defs/document' } },
      attachments: { type: 'array', items: { $ref: '#/$defs/attachment' } },
      locale: { $ref: '#/$defs/locale' },
      updatedAt: { $ref: '#/$defs/instant' },
    },
  },
} as const

const SCHEMA = 'https://json-schema.org/draft/2020-12/schema'
const BASE = 'https://campaign-banner.invalid/schema/v1/'

export const campaignResponseSchema = {
  $schema: SCHEMA,
  $id: `${BASE}current-campaign.json`,
  title: 'Current campaign',
  description:
    'What a site shows now: the selected campaign edition (kind "campaign") or nothing (kind "none").',
  type: 'object',
  required: ['version', 'kind', 'serverTime', 'site', 'campaign'],
  properties: {
    version: { const: 1 },
    kind: { enum: ['campaign', 'none'] },
    serverTime: { $ref: '#/$defs/instant' },
    site: { $ref: '#/$defs/site' },
  },
  if: { properties: { kind: { const: 'campaign' } } },
  then: { properties: { campaign: { $ref: '#/$defs/campaign' } } },
  else: { properties: { campaign: { type: 'null' } } },
  $defs,
} as const

export const campaignArchiveSchema = {
  $schema: SCHEMA,
  $id: `${BASE}campaign-archive.json`,
  title: 'Campaign archive',
  description: 'Published campaign editions of a site, optionally for one year.',
  type: 'object',
  required: ['version', 'serverTime', 'site', 'year', 'campaigns'],
  properties: {
    version: { const: 1 },
    serverTime: { $ref: '#/$defs/instant' },
    site: { $ref: '#/$defs/site' },
    year: { anyOf: [{ $ref: '#/$defs/year' }, { type: 'null' }] },
    campaigns: { type: 'array', items: { $ref: '#/$defs/campaign' } },
  },
  $defs,
} as const
