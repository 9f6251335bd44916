// Uploads on S3-compatible storage through Payload's official adapter when S3 is configured
// (storageSettings.ts); otherwise the plugin stays disabled and files stay on the local disk.
// It is always listed so the admin's import map is the same either way (the adapter adds its
// client upload handler to the admin even when disabled).
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { S3Settings } from './storageSettings'

export const storagePlugin = (settings: S3Settings | null): Plugin =>
  s3Storage({
    enabled: settings !== null,
    collections: { media: true },
    bucket: settings?.bucket ?? '',
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          forcePathStyle: settings.forcePathStyle,
          credentials: {
            accessKeyId: settings.accessKeyId,
            secretAccessKey: settings.secretAccessKey,
          },
        }
      : {},
  })
