import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { storagePlugin } from './storage'
import { s3SettingsOf } from './storageSettings'

const S3 = {
  S3_BUCKET: 'campaign-media',
  S3_ENDPOINT: 'https://s3.example.org',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_FORCE_PATH_STYLE: 'true',
}

const withMedia = (): Config =>
  ({
    collections: [{ slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [] }],
  }) as unknown as Config

const mediaUploadOf = async (vars: Record<string, string>) => {
  const config = await storagePlugin(s3SettingsOf(vars))(withMedia())
  return config.collections?.find((each) => each.slug === 'media')?.upload as Record<
    string,
    unknown
  >
}

describe('where uploads are kept', () => {
  it('on the local disk when S3_BUCKET is not set', async () => {
    expect(s3SettingsOf({})).toBeNull()
    expect((await mediaUploadOf({})).disableLocalStorage).toBeUndefined()
  })

  it('in the S3 bucket when S3_BUCKET and its settings are set', async () => {
    expect(s3SettingsOf(S3)).toEqual({
      bucket: 'campaign-media',
      endpoint: 'https://s3.example.org',
      region: 'us-east-1',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    })
    const upload = await mediaUploadOf(S3)
    expect(upload.disableLocalStorage).toBe(true)
    expect(upload.adapter).toBe('s3')
  })

  it('refuses a bucket without its region or keys', () => {
    expect(() => s3SettingsOf({ S3_BUCKET: 'campaign-media' })).toThrow(/S3_REGION/)
    expect(() => s3SettingsOf({ ...S3, S3_SECRET_ACCESS_KEY: ' ' })).toThrow(/S3_SECRET/)
  })
})
