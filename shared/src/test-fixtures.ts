// Test data for the contract, shared by contract.test.ts and json-schema.test.ts (both must accept
// and reject the same payloads). Built from the Khánh Hòa 2021 edition of the Month of Action for
// Gender Equality (/work/shared/fixtures/gender-equality-month.json); ids, URLs, sizes and the
// image are made up.
import type {
  CampaignArchiveResponse,
  CurrentCampaignResponse,
  PublicCampaign,
  PublicSite,
} from './contract'

export const khanhHoaSite: PublicSite = {
  slug: 'khanh-hoa',
  name: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi',
}

export const khanhHoa2021: PublicCampaign = {
  id: '42',
  editionKey: '42-1',
  series: 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
  year: 2021,
  title:
    'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021',
  theme:
    'Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới',
  messages: [
    'Bình đẳng giới là chìa khóa để chấm dứt bạo lực đối với phụ nữ và trẻ em',
    'Giãn cách xã hội, kết nối yêu thương',
  ],
  activities: [],
  window: { start: '2021-11-15', end: '2021-12-15' },
  displayWindow: { start: '2021-11-01', end: '2021-12-31' },
  timeZone: 'Asia/Ho_Chi_Minh',
  // As the server computes them at serverTime below (20/11/2021 10:00 in Nha Trang).
  phase: 'live',
  daysUntilStart: 0,
  daysLeft: 25,
  articleUrl: 'https://khanh-hoa.example/tin-tuc/thang-hanh-dong-binh-dang-gioi-2021',
  accentColor: '#f26522',
  image: {
    url: 'https://khanh-hoa.example/media/thang-hanh-dong-2021.webp',
    alt: 'Biểu trưng Tháng hành động vì bình đẳng giới',
    width: 1200,
    height: 400,
  },
  documents: [
    {
      number: '10909/KH-UBND',
      type: 'Kế hoạch',
      issuer: 'UBND tỉnh Khánh Hòa',
      issuedOn: '2021-11-01',
      summary: null,
      fileUrl: 'https://khanh-hoa.example/media/10909-kh-ubnd.pdf',
    },
    {
      number: '2768/SLĐTBXH-BTXHTEBĐG',
      type: 'Công văn',
      issuer: 'Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa',
      issuedOn: '2021-11-05',
      summary: null,
      fileUrl: null,
    },
  ],
  attachments: [
    {
      title: 'Kế hoạch 10909/KH-UBND',
      url: 'https://khanh-hoa.example/media/10909-kh-ubnd.pdf',
      mimeType: 'application/pdf',
      fileType: 'PDF',
      bytes: 2_411_724,
    },
  ],
  locale: 'vi',
  updatedAt: '2021-11-05T03:00:00.000Z',
}

export const currentResponse: CurrentCampaignResponse = {
  version: 1,
  kind: 'campaign',
  serverTime: '2021-11-20T03:00:00.000Z',
  site: khanhHoaSite,
  campaign: khanhHoa2021,
}

export const archiveResponse: CampaignArchiveResponse = {
  version: 1,
  serverTime: '2021-11-20T03:00:00.000Z',
  site: khanhHoaSite,
  year: 2021,
  campaigns: [khanhHoa2021],
}

/** A payload and what the check must say about it: `error` null means valid. */
export interface ContractCase {
  name: string
  input: unknown
  error: string | null
}

export const REMOVE = Symbol('remove')

/** A deep copy of `base` with the value at `path` ('campaign.messages[2]', '' for the root) replaced or removed. */
export function withValue(base: unknown, path: string, value: unknown): unknown {
  if (path === '') return value
  const root: unknown = structuredClone(base)
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '')
  const last = keys.pop() ?? ''
  let node = root as Record<string, unknown>
  for (const key of keys) node = node[key] as Record<string, unknown>
  if (value === REMOVE) Reflect.deleteProperty(node, last)
  else node[last] = value
  return root
}

const wrong = (base: unknown, path: string, value: unknown, expected: string): ContractCase => ({
  name: `${path || '(root)'} = ${value === REMOVE ? '(missing)' : JSON.stringify(value)}`,
  input: withValue(base, path, value),
  error: `${path || '(root)'}: expected ${expected}`,
})

const right = (name: string, input: unknown): ContractCase => ({ name, input, error: null })

const URL_ = 'http(s) URL'
const DATE = 'YYYY-MM-DD'
const INSTANT = 'ISO 8601 instant'
const NON_EMPTY = 'non-empty string'
const STRING = 'string'
const COUNT = 'integer >= 0'
const YEAR = 'integer 1900-2200'
const OBJECT = 'object'
const ARRAY = 'array'
const ZONE = 'IANA time zone'
const c = currentResponse

// Strings that look like markup: they are text, escaping them is the renderer's job.
export const markupLike = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  'javascript:alert(1)',
]

export const currentCampaignCases: ContractCase[] = [
  right('the Khánh Hòa 2021 edition', c),
  right('no campaign', { ...c, kind: 'none', campaign: null }),
  right('nullable fields null', {
    ...c,
    campaign: { ...c.campaign, articleUrl: null, accentColor: null, image: null },
  }),
  right('markup-like text', {
    ...c,
    campaign: { ...c.campaign, title: markupLike[0], theme: markupLike[1], messages: markupLike },
  }),
  right('unknown extra properties', {
    ...c,
    next: 1,
    site: { ...c.site, extra: true },
    campaign: { ...c.campaign, extra: [], window: { ...c.campaign.window, extra: 'x' } },
  }),
  right('empty lists', { ...c, campaign: { ...c.campaign, messages: [], documents: [] } }),
  right(
    'http URL and upper-case colour',
    withValue(
      withValue(c, 'campaign.articleUrl', 'http://x.example/a?b=1#c'),
      'campaign.accentColor',
      '#F26522',
    ),
  ),
  right(
    'URL with Vietnamese letters',
    withValue(c, 'campaign.articleUrl', 'https://x.example/tài-liệu'),
  ),
  right('instant with offset, no milliseconds', { ...c, serverTime: '2021-11-20T10:00:00+07:00' }),
  right('leap day', withValue(c, 'campaign.window.start', '2024-02-29')),
  right('first year', withValue(c, 'campaign.year', 1900)),
  right('last year', withValue(c, 'campaign.year', 2200)),
  right(
    'document without date, issuer or file',
    withValue(
      withValue(c, 'campaign.documents[0].issuedOn', null),
      'campaign.documents[0].issuer',
      null,
    ),
  ),
  right(
    'image without size, decorative',
    withValue(withValue(c, 'campaign.image.width', null), 'campaign.image.alt', ''),
  ),

  wrong(c, '', null, OBJECT),
  wrong(c, '', [c], OBJECT),
  wrong(c, '', 'campaign', OBJECT),
  wrong(c, 'version', 2, '1'),
  wrong(c, 'version', '1', '1'),
  wrong(c, 'version', REMOVE, '1'),
  wrong(c, 'kind', 'event', '"campaign" | "none"'),
  wrong(c, 'serverTime', 'yesterday', INSTANT),
  wrong(c, 'serverTime', '2021-11-20', INSTANT),
  wrong(c, 'serverTime', '2021-11-20T03:00:00.000', INSTANT),
  wrong(c, 'serverTime', '2021-02-30T03:00:00.000Z', INSTANT),
  wrong(c, 'serverTime', '2021-11-20T24:00:00.000Z', INSTANT),
  wrong(c, 'serverTime', 1637377200000, INSTANT),
  wrong(c, 'site', null, OBJECT),
  wrong(c, 'site.slug', '', NON_EMPTY),
  wrong(c, 'site.name', 42, NON_EMPTY),
  wrong(c, 'site.timeZone', 'Asia/Ho Chi Minh', ZONE),
  wrong(c, 'site.locale', 'fr', '"vi" | "en"'),
  wrong(c, 'campaign', null, OBJECT),
  wrong(c, 'campaign', [], OBJECT),
  wrong(c, 'campaign', REMOVE, OBJECT),
  {
    name: 'kind none with a campaign',
    input: { ...c, kind: 'none' },
    error: 'campaign: expected null',
  },
  wrong(c, 'campaign.id', 42, NON_EMPTY),
  wrong(c, 'campaign.editionKey', REMOVE, NON_EMPTY),
  wrong(c, 'campaign.series', '', NON_EMPTY),
  wrong(c, 'campaign.year', 2021.5, YEAR),
  wrong(c, 'campaign.year', 1899, YEAR),
  wrong(c, 'campaign.year', 2201, YEAR),
  wrong(c, 'campaign.year', '2021', YEAR),
  wrong(c, 'campaign.title', null, NON_EMPTY),
  wrong(c, 'campaign.theme', 7, STRING),
  wrong(c, 'campaign.messages', 'Giãn cách xã hội', ARRAY),
  wrong(c, 'campaign.messages[2]', 3, STRING),
  wrong(c, 'campaign.activities[0]', null, STRING),
  wrong(c, 'campaign.window', REMOVE, OBJECT),
  wrong(c, 'campaign.window.start', '2021-02-29', DATE),
  wrong(c, 'campaign.window.end', '15/12/2021', DATE),
  wrong(c, 'campaign.window.end', '2021-12-15T00:00:00.000Z', DATE),
  wrong(c, 'campaign.displayWindow.start', '2021-11-1', DATE),
  wrong(c, 'campaign.timeZone', '', ZONE),
  wrong(c, 'campaign.phase', 'running', '"upcoming" | "live" | "ended"'),
  wrong(c, 'campaign.daysUntilStart', -1, COUNT),
  wrong(c, 'campaign.daysLeft', 1.5, COUNT),
  wrong(c, 'campaign.daysLeft', '25', COUNT),
  wrong(c, 'campaign.articleUrl', 'javascript:alert(1)', URL_),
  wrong(c, 'campaign.articleUrl', 'JaVaScRiPt:alert(1)', URL_),
  wrong(c, 'campaign.articleUrl', 'data:text/html,<script>alert(1)</script>', URL_),
  wrong(c, 'campaign.articleUrl', ' https://x.example/', URL_),
  wrong(c, 'campaign.articleUrl', '/tin-tuc/2021', URL_),
  wrong(c, 'campaign.articleUrl', '//x.example/a', URL_),
  wrong(c, 'campaign.articleUrl', 'ftp://x.example/a', URL_),
  wrong(c, 'campaign.articleUrl', 'https://x.example/a b', URL_),
  wrong(c, 'campaign.accentColor', 'orange', '#rrggbb'),
  wrong(c, 'campaign.accentColor', '#f60', '#rrggbb'),
  wrong(c, 'campaign.accentColor', '#gg0000', '#rrggbb'),
  wrong(c, 'campaign.image', 'banner.webp', OBJECT),
  wrong(c, 'campaign.image.url', 'javascript:alert(1)', URL_),
  wrong(c, 'campaign.image.alt', null, STRING),
  wrong(c, 'campaign.image.width', 0, 'integer >= 1'),
  wrong(c, 'campaign.image.height', 'auto', 'integer >= 1'),
  wrong(c, 'campaign.documents', {}, ARRAY),
  wrong(c, 'campaign.documents[1].number', '', NON_EMPTY),
  wrong(c, 'campaign.documents[0].type', REMOVE, NON_EMPTY),
  wrong(c, 'campaign.documents[0].issuer', 5, STRING),
  wrong(c, 'campaign.documents[1].issuedOn', '2021-11-31', DATE),
  wrong(c, 'campaign.documents[0].summary', false, STRING),
  wrong(c, 'campaign.documents[0].fileUrl', 'javascript:alert(document.cookie)', URL_),
  wrong(c, 'campaign.attachments[0].title', 3, NON_EMPTY),
  wrong(c, 'campaign.attachments[0].url', 'data:application/pdf;base64,AAAA', URL_),
  wrong(c, 'campaign.attachments[0].mimeType', '', NON_EMPTY),
  wrong(c, 'campaign.attachments[0].fileType', REMOVE, NON_EMPTY),
  wrong(c, 'campaign.attachments[0].bytes', -1, COUNT),
  wrong(c, 'campaign.attachments[0].bytes', 2.5, COUNT),
  wrong(c, 'campaign.locale', 'vi-VN', '"vi" | "en"'),
  wrong(c, 'campaign.updatedAt', 'not a date', INSTANT),
  wrong(c, 'campaign.updatedAt', null, INSTANT),
]

const a = archiveResponse

export const campaignArchiveCases: ContractCase[] = [
  right('one year of the archive', a),
  right('all years, none published', { ...a, year: null, campaigns: [] }),
  wrong(a, '', undefined, OBJECT),
  wrong(a, 'version', 0, '1'),
  wrong(a, 'serverTime', '20/11/2021', INSTANT),
  wrong(a, 'site', REMOVE, OBJECT),
  wrong(a, 'year', 1899, YEAR),
  wrong(a, 'year', '2021', YEAR),
  wrong(a, 'campaigns', null, ARRAY),
  wrong(a, 'campaigns[0]', null, OBJECT),
  wrong(a, 'campaigns[0].articleUrl', 'javascript:alert(1)', URL_),
  wrong(a, 'campaigns[0].documents[1].issuedOn', '2021-13-01', DATE),
]
