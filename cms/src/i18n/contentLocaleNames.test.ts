import { afterEach, describe, expect, it } from 'vitest'

import { nameLocalesInCachedClientConfigs } from './contentLocaleNames'

const holder = globalThis as unknown as Record<string, Record<string, unknown> | undefined>

const clientConfig = () => ({
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
  },
})

afterEach(() => {
  delete holder._payload_clientConfigs
})

describe('content languages named in the interface’s language', () => {
  it('names them in English in the English admin’s client config, as Payload caches it', () => {
    nameLocalesInCachedClientConfigs()
    const cache = holder._payload_clientConfigs ?? {}
    cache.en = clientConfig()
    cache.vi = clientConfig()
    expect(cache.en).toMatchObject({
      localization: { locales: [{ label: 'Vietnamese' }, { label: 'English' }] },
    })
    expect(cache.vi).toMatchObject({
      localization: { locales: [{ label: 'Tiếng Việt' }, { label: 'English' }] },
    })
  })

  it('also names a config cached before it was installed', () => {
    holder._payload_clientConfigs = { en: clientConfig() }
    nameLocalesInCachedClientConfigs()
    nameLocalesInCachedClientConfigs()
    expect(holder._payload_clientConfigs.en).toMatchObject({
      localization: { locales: [{ label: 'Vietnamese' }, { label: 'English' }] },
    })
  })
})
