import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONTRACT_VERSION,
  parseBannerResponse,
  parseCampaignArchiveResponse,
  parseCurrentCampaignResponse,
} from './contract'
import { INSTANT } from './patterns'
import { phaseAt } from './schedule'
import {
  archiveResponse,
  campaignArchiveCases,
  currentCampaignCases,
  currentResponse,
  khanhHoa2021,
  markupLike,
  withValue,
} from './test-fixtures'

describe('parseCurrentCampaignResponse', () => {
  it('accepts the Khánh Hòa 2021 edition and returns an equal copy', () => {
    const result = parseCurrentCampaignResponse(currentResponse)
    expect(result).toEqual({ ok: true, value: currentResponse })
    if (!result.ok || result.value.kind !== 'campaign') throw new Error('expected a campaign')
    expect(result.value).not.toBe(currentResponse)
    expect(result.value.campaign.documents).not.toBe(currentResponse.campaign?.documents)
    expect(result.value.campaign.theme).toMatch(/^Đảm bảo an sinh xã hội/)
    expect(result.value.campaign.messages).toHaveLength(2)
    expect(result.value.campaign.documents.map((d) => d.number)).toEqual([
      '10909/KH-UBND',
      '2768/SLĐTBXH-BTXHTEBĐG',
    ])
  })

  it('the fixture carries the phase the schedule rules give at serverTime', () => {
    const { window, timeZone, phase, daysUntilStart, daysLeft } = khanhHoa2021
    const at = new Date(currentResponse.serverTime)
    expect(phaseAt({ window, timeZone, at })).toEqual({ phase, daysUntilStart, daysLeft })
  })

  it.each(currentCampaignCases)('$name', ({ input, error }) => {
    const result = parseCurrentCampaignResponse(input)
    expect(result.ok ? null : result.error).toBe(error)
  })

  it('ignores unknown properties and does not copy them', () => {
    const input = {
      ...currentResponse,
      debug: true,
      site: { ...currentResponse.site, secret: 'x' },
      campaign: {
        ...khanhHoa2021,
        _status: 'draft',
        window: { ...khanhHoa2021.window, note: 1 },
        image: { ...khanhHoa2021.image, focalX: 50 },
        documents: [{ ...khanhHoa2021.documents[0], createdBy: 'editor@example.org' }],
        attachments: [{ ...khanhHoa2021.attachments[0], filename: 'a.pdf' }],
      },
    }
    // toStrictEqual fails on any key the parser copied over.
    expect(parseCurrentCampaignResponse(input)).toStrictEqual({
      ok: true,
      value: {
        ...currentResponse,
        campaign: { ...khanhHoa2021, documents: [khanhHoa2021.documents[0]] },
      },
    })
  })

  it('accepts markup-looking strings as the same plain text', () => {
    const input = withValue(
      withValue(currentResponse, 'campaign.messages', markupLike),
      'campaign.documents[0].summary',
      markupLike[1],
    )
    const result = parseCurrentCampaignResponse(input)
    if (!result.ok || !result.value.campaign) throw new Error('expected a campaign')
    expect(result.value.campaign.messages).toEqual(markupLike)
    expect(result.value.campaign.documents[0]?.summary).toBe(markupLike[1])
  })

  it('rejects javascript: in every URL field', () => {
    for (const path of [
      'campaign.articleUrl',
      'campaign.image.url',
      'campaign.documents[0].fileUrl',
      'campaign.attachments[0].url',
    ]) {
      const result = parseCurrentCampaignResponse(
        withValue(currentResponse, path, 'javascript:alert(1)'),
      )
      expect(result).toEqual({ ok: false, error: `${path}: expected http(s) URL` })
    }
  })

  it('reports the first wrong field in declaration order', () => {
    const input = withValue(withValue(currentResponse, 'campaign.year', 'x'), 'serverTime', 'x')
    const result = parseCurrentCampaignResponse(input)
    expect(result.ok ? '' : result.error).toMatch(/^serverTime:/)
  })

  it('accepts exactly the instants INSTANT (the JSON Schema pattern) accepts', () => {
    const pattern = new RegExp(INSTANT, 'u')
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
    const instantLike = fc
      .tuple(
        fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2)),
        fc.constantFrom('', '.000', '.5', '.1234'),
        fc.oneof(
          fc.constantFrom('Z', 'z', ''),
          fc
            .tuple(fc.constantFrom('+', '-', ' '), digits(2), digits(2))
            .map(([s, h, m]) => `${s}${h}:${m}`),
        ),
      )
      .map(([[y, mo, d, h, mi, se], ms, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${se}${ms}${zone}`)
    // Near misses: a run of up to 4 characters replaced with up to 2 others.
    const nearMiss = fc
      .tuple(instantLike, fc.string({ maxLength: 2 }), fc.nat(30), fc.nat(4))
      .map(([s, extra, i, n]) => s.slice(0, i) + extra + s.slice(i + n))
    fc.assert(
      fc.property(fc.oneof(instantLike, nearMiss, fc.string()), (serverTime) => {
        const result = parseCurrentCampaignResponse({ ...currentResponse, serverTime })
        expect(result.ok, serverTime).toBe(pattern.test(serverTime))
      }),
      { numRuns: 20000 },
    )
  })

  it('lets errors that are not contract errors through', () => {
    const input = {
      get version(): number {
        throw new Error('getter failed')
      },
    }
    expect(() => parseCurrentCampaignResponse(input)).toThrow('getter failed')
  })

  it('does not change its input', () => {
    const input = structuredClone(currentResponse)
    parseCurrentCampaignResponse(input)
    expect(input).toEqual(currentResponse)
  })

  it('CONTRACT_VERSION is the version the parser accepts', () => {
    expect(CONTRACT_VERSION).toBe(1)
    expect(parseCurrentCampaignResponse({ ...currentResponse, version: CONTRACT_VERSION }).ok).toBe(
      true,
    )
  })
})

describe('parseCampaignArchiveResponse', () => {
  it('accepts an archive and returns an equal copy', () => {
    const result = parseCampaignArchiveResponse(archiveResponse)
    expect(result).toEqual({ ok: true, value: archiveResponse })
    expect(result.ok && result.value.campaigns[0]).not.toBe(khanhHoa2021)
  })

  it.each(campaignArchiveCases)('$name', ({ input, error }) => {
    const result = parseCampaignArchiveResponse(input)
    expect(result.ok ? null : result.error).toBe(error)
  })
})

describe('parseBannerResponse', () => {
  // The fields a banner reads (BannerField), as the paths in error messages start.
  const read =
    /^(\(root\)|version|kind|serverTime|campaign|campaign\.(editionKey|title|theme|messages|window|displayWindow|timeZone|phase|daysUntilStart|daysLeft|articleUrl|accentColor|attachments|locale)\b.*):/

  it.each(currentCampaignCases)(
    '$name: the same verdict where a banner reads',
    ({ input, error }) => {
      const result = parseBannerResponse(input)
      const expected = error !== null && read.test(error) ? error : null
      expect(result.ok ? null : result.error).toBe(expected)
    },
  )

  it('keeps exactly the fields a banner reads', () => {
    const result = parseBannerResponse(currentResponse)
    if (!result.ok || result.value.kind !== 'campaign') throw new Error('expected a campaign')
    expect(Object.keys(result.value).sort()).toEqual(['campaign', 'kind', 'serverTime', 'version'])
    expect(Object.keys(result.value.campaign).sort()).toEqual(
      [
        'accentColor',
        'articleUrl',
        'attachments',
        'daysLeft',
        'daysUntilStart',
        'displayWindow',
        'editionKey',
        'locale',
        'messages',
        'phase',
        'theme',
        'timeZone',
        'title',
        'window',
      ].sort(),
    )
    const { campaign } = result.value
    expect(campaign).toEqual(
      Object.fromEntries(
        Object.keys(campaign).map((key) => [key, khanhHoa2021[key as keyof typeof campaign]]),
      ),
    )
  })

  it("reads kind 'none'", () => {
    const input = { ...currentResponse, kind: 'none', campaign: null }
    expect(parseBannerResponse(input)).toEqual({
      ok: true,
      value: { version: 1, kind: 'none', serverTime: currentResponse.serverTime, campaign: null },
    })
  })
})
