// The one copy of the URL, colour and slug patterns: regular-expression sources shared by the
// runtime check (contract.ts), the JSON Schema (json-schema.ts) and the CMS's field validation, so
// none of them can drift apart. Written for ECMA-262 with the `u` flag, which is
// how JSON Schema validators such as ajv read `pattern`. CALENDAR_DATE and INSTANT are the
// schema's only: the runtime check uses the shorter, equivalent isCalendarDate (schedule.ts), and
// tests (schedule.test.ts, contract.test.ts) hold the two to the same answers.

// A real Gregorian date YYYY-MM-DD (leap years included): a regex rather than Date arithmetic,
// because `Date.parse('2021-02-30')` silently rolls over to 2 March and JSON Schema needs a pattern.
const DATE =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)'

export const CALENDAR_DATE = `^${DATE}$`

// The instant format every JS engine parses (the ECMAScript date-time string format, seconds
// required, optional milliseconds, Z or ±HH:mm): what `Date.prototype.toISOString` emits.
export const INSTANT = `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{3})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`

// Absolute http(s) URL. Anchoring the literal scheme keeps `javascript:`, `data:` and
// look-alikes (leading spaces, tabs inside the scheme) out of href/src attributes.
export const HTTP_URL = '^https?://\\S+$'

/** True for an absolute http(s) URL that a browser parses: what may go into an href or src. */
export const isHttpUrl = (value: string): boolean => {
  if (!new RegExp(HTTP_URL, 'u').test(value)) return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export const HEX_COLOR = '^#[0-9a-fA-F]{6}$'

// A site's or an edition's slug: lower-case ASCII words joined by single hyphens ('so-y-te').
export const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$'

// The shape of an IANA zone name (Asia/Ho_Chi_Minh, Etc/GMT+7, UTC); whether the runtime knows
// the zone is left to the caller, since browsers' zone data differ in age.
export const TIME_ZONE = '^[A-Za-z][A-Za-z0-9_+\\-]*(?:/[A-Za-z0-9_+\\-]+)*$'
