import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCampaignArchiveResponse, parseCurrentCampaignResponse } from './contract'
import { campaignArchiveSchema, campaignResponseSchema } from './json-schema'
import {
  archiveResponse,
  campaignArchiveCases,
  currentCampaignCases,
  currentResponse,
  REMOVE,
  withValue,
} from './test-fixtures'

// strict: unknown keywords, union types and the like fail compilation instead of being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true })
const isCurrentValid = ajv.compile(campaignResponseSchema)
const isArchiveValid = ajv.compile(campaignArchiveSchema)

describe('JSON Schema', () => {
  it('both schemas are valid draft 2020-12 with their own $id', () => {
    for (const schema of [campaignResponseSchema, campaignArchiveSchema]) {
      expect(ajv.validateSchema(schema)).toBe(true)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toMatch(/^https:\/\/campaign-banner\.invalid\/schema\/v1\/[a-z-]+\.json$/)
    }
    expect(campaignResponseSchema.$id).not.toBe(campaignArchiveSchema.$id)
  })

  it.each(currentCampaignCases)('current campaign, agrees with the parser: $name', (c) => {
    expect(isCurrentValid(c.input)).toBe(c.error === null)
    expect(parseCurrentCampaignResponse(c.input).ok).toBe(c.error === null)
  })

  it.each(campaignArchiveCases)('archive, agrees with the parser: $name', (c) => {
    expect(isArchiveValid(c.input)).toBe(c.error === null)
    expect(parseCampaignArchiveResponse(c.input).ok).toBe(c.error === null)
  })

  // Every field, and a few containers, replaced with arbitrary JSON (or removed).
  const paths = [
    ...['version', 'kind', 'serverTime', 'site', 'site.slug', 'site.timeZone', 'site.locale'],
    ...['campaign', 'campaign.id', 'campaign.year', 'campaign.title', 'campaign.theme'],
    ...['campaign.messages', 'campaign.messages[0]', 'campaign.activities', 'campaign.window'],
    ...['campaign.window.start', 'campaign.displayWindow.end', 'campaign.timeZone'],
    ...['campaign.phase', 'campaign.daysUntilStart', 'campaign.daysLeft', 'campaign.articleUrl'],
    ...['campaign.accentColor', 'campaign.image', 'campaign.image.url', 'campaign.image.alt'],
    ...['campaign.image.width', 'campaign.documents', 'campaign.documents[0].number'],
    ...['campaign.documents[0].issuer', 'campaign.documents[1].issuedOn'],
    ...['campaign.documents[0].fileUrl', 'campaign.attachments[0].mimeType'],
    ...['campaign.attachments[0].fileType'],
    ...['campaign.attachments[0].bytes', 'campaign.locale', 'campaign.updatedAt'],
  ]
  const anyValue = fc.oneof(
    fc.jsonValue(),
    fc.constant(REMOVE),
    fc.constantFrom('2024-02-29', '2023-02-29', '2021-11-15T00:00:00Z', 'https://a.example'),
    fc.constantFrom('javascript:x', 'vi', 'live', '#a1b2c3', 1900, 2201, -0, 1e21, 0.5),
  )

  it('agrees with the parser on arbitrary replacements (current campaign)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        const input = withValue(currentResponse, path, value)
        expect(isCurrentValid(input)).toBe(parseCurrentCampaignResponse(input).ok)
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the parser on arbitrary replacements (archive)', () => {
    const archivePaths = ['year', 'campaigns', 'campaigns[0]'].concat(
      paths
        .filter((p) => p.startsWith('campaign.'))
        .map((p) => p.replace('campaign.', 'campaigns[0].')),
    )
    fc.assert(
      fc.property(fc.constantFrom(...archivePaths), anyValue, (path, value) => {
        const input = withValue(archiveResponse, path, value)
        expect(isArchiveValid(input)).toBe(parseCampaignArchiveResponse(input).ok)
      }),
      { numRuns: 1000 },
    )
  })
})
