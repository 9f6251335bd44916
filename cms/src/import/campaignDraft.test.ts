import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Campaigns } from '../collections/Campaigns'
import { announcementText } from '../seed/fixture'
import { campaignDraftData, documentData, proposedSlug } from './campaignDraft'
import type { CampaignDraftProposal } from './campaignProposal'
import { acceptProposal } from './campaignProposal'
import { parseAnnouncement } from './parseAnnouncement'

/** The names of a collection's data fields, through tabs, rows and groups' own names. */
const fieldNames = (fields: readonly Field[]): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => fieldNames(tab.fields))
    if (field.type === 'row' || field.type === 'collapsible') return fieldNames(field.fields)
    return 'name' in field ? [field.name] : []
  })

const proposalOf = (text: string): CampaignDraftProposal => {
  const parse = parseAnnouncement(text)
  return {
    parse,
    documents: parse.documents.map((cited) => ({ cited, existing: null, match: null })),
  }
}

describe('a draft from a confirmed announcement', () => {
  const accepted = acceptProposal(proposalOf(announcementText))
  if (!accepted.isComplete) throw new Error('the 2021 announcement should be complete')
  const data = campaignDraftData({ campaign: accepted.campaign, siteId: 7, documentIds: [3, 4] })

  it('uses only the campaign collection’s own fields', () => {
    const names = [...fieldNames(Campaigns.fields), '_status']
    for (const key of Object.keys(data)) expect(names).toContain(key)
  })

  it('is a draft of the one site, with the documents given', () => {
    expect(data._status).toBe('draft')
    expect(data.sites).toEqual([7])
    expect(data.documents).toEqual([3, 4])
    expect(data.slug).toBe(
      'thang-hanh-dong-vi-binh-dang-gioi-va-phong-ngua-ung-pho-voi-bao-luc-tren-co-so-gioi-2021',
    )
  })

  it('carries the parsed values into the fields', () => {
    expect(data).toMatchObject({
      title: accepted.campaign.title,
      seriesName: accepted.campaign.seriesName,
      theme: accepted.campaign.theme,
      year: 2021,
      campaignWindow: { start: '2021-11-15', end: '2021-12-15' },
      author: 'Xuân Phương',
      publishedOn: '2021-11-11',
    })
    expect(data.messages?.map(({ text }) => text)).toEqual(accepted.campaign.messages)
    expect(data.activities?.map(({ title }) => title)).toEqual(
      accepted.campaign.activities.map(({ title }) => title),
    )
    expect(data.introduction?.root.children).toHaveLength(1)
  })

  it('writes an activity’s details as one rich-text paragraph a line', () => {
    const campaign = { ...accepted.campaign, activities: [{ title: 'A', details: 'x\ny' }] }
    const [activity] = campaignDraftData({ campaign, siteId: 1, documentIds: [] }).activities ?? []
    expect(activity?.details?.root.children).toHaveLength(2)
  })

  it('proposes new documents with the restored number, owned by the site', () => {
    const created = accepted.campaign.documents.flatMap((document) =>
      'create' in document ? [documentData(document.create, 7)] : [],
    )
    expect(created.map(({ number }) => number)).toEqual(['2768/SLĐTBXH-BTXHTEBĐG', '10909/KH-UBND'])
    expect(created.every(({ ownerSite }) => ownerSite === 7)).toBe(true)
  })

  it('keeps slugs within the field’s length', () => {
    expect(proposedSlug({ seriesName: 'Tháng '.repeat(40), year: 2030 })).toMatch(
      /^[a-z-]{1,90}-2030$/,
    )
  })
})

describe('a proposal with fields missing', () => {
  it('names the fields the editor must fill in before a draft', () => {
    expect(acceptProposal(proposalOf(''))).toEqual({
      isComplete: false,
      missing: ['title', 'seriesName', 'year', 'theme', 'campaignWindow'],
    })
  })
})

describe('a proposal the editor corrected', () => {
  it('takes the corrections over what was read, and the rest as read', () => {
    const accepted = acceptProposal(proposalOf(announcementText), {
      theme: 'Chủ đề đã sửa',
      year: 2022,
      campaignWindow: { start: '2022-11-15', end: '2022-12-15' },
    })
    if (!accepted.isComplete) throw new Error('the corrected proposal should be complete')
    expect(accepted.campaign).toMatchObject({
      theme: 'Chủ đề đã sửa',
      year: 2022,
      campaignWindow: { start: '2022-11-15', end: '2022-12-15' },
      author: 'Xuân Phương',
    })
    expect(accepted.campaign.messages).toHaveLength(2)
  })

  it('is complete once the editor fills in what was not read', () => {
    const filled = acceptProposal(proposalOf('Thông điệp: “Bình đẳng giới”'), {
      title: 'Tháng hành động năm 2026',
      seriesName: 'Tháng hành động',
      year: 2026,
      theme: 'Chủ đề',
      campaignWindow: { start: '2026-11-15', end: '2026-12-15' },
    })
    expect(filled.isComplete && filled.campaign.messages).toEqual(['Bình đẳng giới'])
  })
})
