// Columns for the files list in words an editor reads: "PDF", "2,3 MB" (the admin's language),
// not Payload's raw "MIME Type" and a byte count. Computed on read, never stored.
import { formatBytes, formatFileType } from '@campaign/shared/format'
import type { TextField } from 'payload'

const adminLanguage = (language: string | undefined) => (language === 'en' ? 'en' : 'vi')

export const fileTypeColumn: TextField = {
  name: 'fileType',
  type: 'text',
  virtual: true,
  label: { vi: 'Loại tệp', en: 'File type' },
  admin: { condition: () => false },
  hooks: {
    afterRead: [
      ({ data }) => (typeof data?.mimeType === 'string' ? formatFileType(data.mimeType) : null),
    ],
  },
}

export const fileSizeColumn: TextField = {
  name: 'fileSize',
  type: 'text',
  virtual: true,
  label: { vi: 'Dung lượng', en: 'Size' },
  admin: { condition: () => false },
  hooks: {
    afterRead: [
      ({ data, req }) =>
        typeof data?.filesize === 'number'
          ? formatBytes(data.filesize, adminLanguage(req.i18n?.language))
          : null,
    ],
  },
}
