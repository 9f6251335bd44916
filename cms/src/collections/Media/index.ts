import type { CollectionConfig } from 'payload'

import { editorWithSitesOrAdmin } from '../../access/editorWithSitesOrAdmin'
import { publicOrManagedRecord } from '../../access/publicOrManagedRecord'
import { ownerSiteOrAdmin } from '../../access/ownerSiteOrAdmin'
import { env } from '../../env'
import { ownerSite } from '../../fields/ownerSite'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import {
  invalidatePublicCacheAfterChange,
  invalidatePublicCacheAfterDelete,
} from '../../hooks/invalidatePublicCache'
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed'
import { ALLOWED_MIME_TYPES } from './allowedFileTypes'
import { checkStoredFile } from './hooks/checkStoredFile'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { fileSizeColumn, fileTypeColumn } from './listColumns'
import { refuseFileByReference } from './hooks/refuseFileByReference'
import { requireAltForImages } from './requireAltForImages'
import { titleFromFilename } from './hooks/titleFromFilename'

/** Uploaded official files (the detailed plan, scans) and banner images. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Tệp', en: 'File' },
    plural: { vi: 'Tệp tải lên', en: 'Files' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'fileType', 'fileSize', 'ownerSite'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: publicOrManagedRecord('media'),
    create: editorWithSitesOrAdmin,
    update: ownerSiteOrAdmin,
    delete: ownerSiteOrAdmin,
  },
  upload: {
    staticDir: env.mediaDir,
    // Payload checks the bytes against this list too; x-cfb is a legacy .doc, narrowed by our hook.
    mimeTypes: [...ALLOWED_MIME_TYPES, 'application/x-cfb'],
    imageSizes: [{ name: 'thumbnail', width: 480, withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
    // Neither is used by the banner; both make Payload re-process a stored file from the request.
    crop: false,
    focalPoint: false,
    // Off: Payload would fetch any address an editor pastes, from the server.
    pasteURL: false,
    // Files are served from the admin's origin: browsers must take the checked type as it is.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  hooks: {
    afterChange: [invalidatePublicCacheAfterChange],
    afterDelete: [invalidatePublicCacheAfterDelete],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'campaigns', field: 'attachments' },
        { collection: 'campaigns', field: 'bannerImage' },
        { collection: 'documents', field: 'file' },
      ]),
    ],
    beforeOperation: [refuseFileByReference, checkUploadedFile],
    beforeChange: [checkStoredFile],
    beforeValidate: [titleFromFilename],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      validate: requiredInDefaultLocale,
      label: { vi: 'Tên hiển thị', en: 'Title' },
      admin: {
        description: {
          vi: 'Tên người xem thấy trong danh sách tệp, ví dụ "Kế hoạch chi tiết".',
          en: 'The name visitors see in the file list, e.g. "Detailed plan".',
        },
      },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alternative text' },
      validate: requireAltForImages,
    },
    ownerSite,
    fileTypeColumn,
    fileSizeColumn,
  ],
}
