import type { CollectionConfig } from 'payload'

import { editorWithSitesOrAdmin } from '../../access/editorWithSitesOrAdmin'
import { publicOrManagedRecord } from '../../access/publicOrManagedRecord'
import { ownerSiteOrAdmin } from '../../access/ownerSiteOrAdmin'
import { calendarDate } from '../../fields/calendarDate'
import { ownerSite } from '../../fields/ownerSite'
import {
  invalidatePublicCacheAfterChange,
  invalidatePublicCacheAfterDelete,
} from '../../hooks/invalidatePublicCache'
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed'
import {
  followsNumberPattern,
  normalizeDocumentNumber,
  validateDocumentNumber,
} from './documentNumber'
import { DOCUMENT_TYPES } from './documentTypes'
import { searchByNormalizedNumber } from './hooks/searchByNormalizedNumber'

/** Official documents (văn bản) a campaign implements, e.g. Kế hoạch số 10909/KH-UBND. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Văn bản', en: 'Document' },
    plural: { vi: 'Văn bản', en: 'Documents' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'type', 'issuer', 'issuedOn', 'followsPattern'],
    listSearchableFields: ['number', 'issuer', 'summary'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: publicOrManagedRecord('documents'),
    create: editorWithSitesOrAdmin,
    update: ownerSiteOrAdmin,
    delete: ownerSiteOrAdmin,
  },
  hooks: {
    // A number searched as printed, typed, or without Đ finds the record.
    beforeOperation: [searchByNormalizedNumber],
    afterChange: [invalidatePublicCacheAfterChange],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'campaigns', field: 'documents' }])],
    afterDelete: [invalidatePublicCacheAfterDelete],
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Số hiệu', en: 'Number' },
      admin: {
        description: {
          vi: 'Ghi đúng như trên văn bản, ví dụ 10909/KH-UBND hoặc 42/2022/NĐ-CP.',
          en: 'As printed on the document, e.g. 10909/KH-UBND or 42/2022/NĐ-CP.',
        },
        components: { afterInput: ['/components/DocumentNumberHint#DocumentNumberHint'] },
      },
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? normalizeDocumentNumber(value) : value),
        ],
      },
      validate: validateDocumentNumber,
    },
    {
      name: 'followsPattern',
      type: 'checkbox',
      label: { vi: 'Số hiệu đúng mẫu', en: 'Number follows the pattern' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Cell: '/components/FollowsPatternCell#FollowsPatternCell' },
      },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            typeof siblingData.number === 'string' && followsNumberPattern(siblingData.number),
        ],
      },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      label: { vi: 'Loại văn bản', en: 'Type' },
      options: DOCUMENT_TYPES.map(({ value, vi, en }) => ({ value, label: { vi, en } })),
    },
    {
      name: 'issuer',
      type: 'text',
      label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
    },
    calendarDate({ name: 'issuedOn', label: { vi: 'Ngày ban hành', en: 'Date issued' } }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { vi: 'Trích yếu', en: 'Summary' },
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Tệp văn bản', en: 'File' },
    },
    ownerSite,
  ],
}
