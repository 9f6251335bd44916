import { describe, expect, it } from 'vitest'

import { contentLocaleLabels } from '../../../i18n/adminTranslations'
import { Campaigns } from '../index'
import { pendingChanges } from './pendingChanges'
import { pendingChangesText } from './pendingChangesText'

const LOCALES = ['vi', 'en']

const published = {
  id: 7,
  seriesName: { vi: 'Tháng hành động', en: 'Action Month' },
  title: { vi: 'Tháng hành động 2026', en: 'Action Month 2026' },
  theme: { vi: 'Chủ đề cũ', en: 'Old theme' },
  messages: [{ id: 'm1', text: { vi: 'Thông điệp một', en: 'Message one' } }],
  activities: [],
  campaignWindow: { start: '2026-11-15T00:00:00.000Z', end: '2026-12-15T00:00:00.000Z' },
  displayWindow: { start: null, end: null },
  documents: [3],
  sites: [1],
  year: 2026,
  slug: 'thang-hanh-dong-2026',
  majorRevision: 0,
  updatedAt: '2026-12-01T00:00:00.000Z',
  _status: 'published',
}

const changesOf = (draft: Record<string, unknown>, language: 'vi' | 'en' = 'vi') =>
  pendingChanges({
    fields: Campaigns.fields,
    published,
    draft: { ...published, _status: 'draft', updatedAt: '2026-12-02T00:00:00.000Z', ...draft },
    locales: LOCALES,
    language,
  })

describe('what publishing the draft would change', () => {
  it('nothing, when the draft equals the published version (status and dates aside)', () => {
    expect(changesOf({})).toEqual([])
  })

  it('names a localized field with the language it changed in', () => {
    expect(changesOf({ theme: { vi: 'Chủ đề mới', en: 'Old theme' } })).toEqual([
      { path: 'theme', label: 'Chủ đề', locales: ['vi'] },
    ])
  })

  it('names a message edited in English only with English', () => {
    const messages = [{ id: 'm1', text: { vi: 'Thông điệp một', en: 'Message one, edited' } }]
    expect(changesOf({ messages })).toEqual([
      { path: 'messages', label: 'Thông điệp', locales: ['en'] },
    ])
  })

  it('names a message added without a language (it changes every language)', () => {
    const messages = [...published.messages, { id: 'm2', text: { vi: 'Thông điệp hai', en: null } }]
    expect(changesOf({ messages })).toEqual([
      { path: 'messages', label: 'Thông điệp', locales: [] },
    ])
  })

  it('names a group’s field after its group, in the form’s order', () => {
    const changes = changesOf({
      campaignWindow: { start: published.campaignWindow.start, end: '2026-12-20T00:00:00.000Z' },
      theme: { vi: 'Chủ đề mới', en: 'New theme' },
      documents: [3, 4],
    })
    expect(changes.map((change) => [change.path, change.label, change.locales])).toEqual([
      ['theme', 'Chủ đề', ['vi', 'en']],
      ['campaignWindow.end', 'Thời gian diễn ra › Đến ngày', []],
      ['documents', 'Văn bản triển khai', []],
    ])
  })

  it('treats empty alike: null, missing, an empty text or list', () => {
    expect(
      changesOf({ displayWindow: { start: '', end: undefined }, activities: null, author: '' }),
    ).toEqual([])
  })

  it('ignores what the editor does not set: read-only counters, virtual and ui fields', () => {
    expect(
      changesOf({ majorRevision: 3, majorUpdate: true, phase: 'live', visibilityStatus: 1 }),
    ).toEqual([])
  })

  it('labels in English for the English admin', () => {
    expect(changesOf({ theme: { vi: 'Chủ đề mới', en: 'Old theme' } }, 'en')).toEqual([
      { path: 'theme', label: 'Theme', locales: ['vi'] },
    ])
  })
})

describe('the sentence the editor reads', () => {
  const labels = contentLocaleLabels

  it('lists the fields with their languages', () => {
    const changes = [
      { path: 'theme', label: 'Chủ đề', locales: ['vi'] },
      { path: 'messages', label: 'Thông điệp', locales: [] },
      { path: 'campaignWindow.end', label: 'Thời gian diễn ra › Đến ngày', locales: [] },
    ]
    expect(pendingChangesText({ hasPublished: true, changes }, 'vi', labels)).toBe(
      'Sẽ thay đổi khi xuất bản: Chủ đề (Tiếng Việt), Thông điệp, Thời gian diễn ra › Đến ngày',
    )
  })

  it('says "Chưa từng xuất bản" when nothing was ever published', () => {
    expect(pendingChangesText({ hasPublished: false, changes: [] }, 'vi', labels)).toMatch(
      /^Chưa từng xuất bản/,
    )
  })

  it('says there is nothing to publish, in English too', () => {
    expect(pendingChangesText({ hasPublished: true, changes: [] }, 'en', labels)).toBe(
      'No changes waiting to be published.',
    )
  })
})
