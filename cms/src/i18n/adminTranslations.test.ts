import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { describe, expect, it } from 'vitest'

import config from '../payload.config'

const merged = async () => {
  const { i18n, localization } = await config
  return {
    translations: i18n.translations as Record<string, Record<string, Record<string, string>>>,
    localization,
  }
}

describe('the admin’s own words', () => {
  it('names the content language and the interface language apart, in both languages', async () => {
    const { translations } = await merged()
    for (const language of ['vi', 'en'] as const) {
      const general = {
        ...{ vi, en }[language].translations.general,
        ...translations[language]?.general,
      }
      expect(general.locale).not.toBe(general.language)
    }
    expect(translations.vi?.general?.locale).toBe('Ngôn ngữ nội dung')
    expect(translations.vi?.general?.language).toBe('Ngôn ngữ giao diện')
  })

  it('names each content language with a string, which Payload shows after field names', async () => {
    const { localization } = await merged()
    const labels = localization ? localization.locales.map((locale) => locale.label) : []
    expect(labels).toEqual(['Tiếng Việt', 'English'])
  })

  it('says "Trường", never "Field", when fields are invalid', async () => {
    const { translations } = await merged()
    expect(translations.vi?.error?.followingFieldsInvalid_one).toBe('Trường sau chưa hợp lệ:')
  })

  it('says the revert dialog discards the draft, not that it publishes again', async () => {
    const { translations } = await merged()
    const vietnamese = { ...vi.translations.version, ...translations.vi?.version }
    expect(vietnamese.aboutToRevertToPublished).toMatch(/^Bỏ bản nháp và quay về bản đã xuất bản\?/)
    expect(vietnamese.aboutToRevertToPublished).not.toMatch(/tái xuất bản/)
    expect(vietnamese.confirmRevertToSaved).toBe('Bỏ bản nháp?')
    const english = { ...en.translations.version, ...translations.en?.version }
    expect(english.aboutToRevertToPublished).toMatch(/^Discard the draft/)
  })
})
