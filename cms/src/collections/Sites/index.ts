import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { managedSitesOrAdmin } from '../../access/managedSitesOrAdmin'
import { httpUrl } from '../../fields/httpUrl'
import {
  invalidatePublicCacheAfterChange,
  invalidatePublicCacheAfterDelete,
} from '../../hooks/invalidatePublicCache'
import { refuseDeleteWhileUsed } from '../../hooks/refuseDeleteWhileUsed'
import { validateOrigin, validateSiteSlug, validateTimeZone } from './siteRules'

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** A portal that embeds the banner (e.g. the Khánh Hòa science department's website). */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: {
    singular: { vi: 'Trang thông tin', en: 'Site' },
    plural: { vi: 'Trang thông tin', en: 'Sites' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'portalUrl', 'timeZone'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    read: managedSitesOrAdmin,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: {
    afterChange: [invalidatePublicCacheAfterChange],
    beforeDelete: [
      refuseDeleteWhileUsed([
        { collection: 'campaigns', field: 'sites' },
        { collection: 'users', field: 'sites' },
        { collection: 'documents', field: 'ownerSite' },
        { collection: 'media', field: 'ownerSite' },
      ]),
    ],
    afterDelete: [invalidatePublicCacheAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã trang', en: 'Slug' },
      admin: {
        description: {
          vi: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ so-y-te cho “Sở Y tế”. Mã nhúng cuối trang dùng mã này.',
          en: 'Lower-case letters without accents, digits and hyphens, e.g. so-y-te for “Sở Y tế”. The embed code at the bottom uses it.',
        },
      },
      validate: validateSiteSlug,
    },
    httpUrl({ name: 'portalUrl', label: { vi: 'Địa chỉ cổng thông tin', en: 'Portal URL' } }),
    {
      name: 'allowedOrigins',
      type: 'array',
      label: { vi: 'Nguồn được phép nhúng', en: 'Allowed origins' },
      labels: {
        singular: { vi: 'Nguồn', en: 'Origin' },
        plural: { vi: 'Nguồn', en: 'Origins' },
      },
      admin: {
        description: {
          vi: 'Các tên miền được đọc dữ liệu banner, ví dụ https://skhcn.khanhhoa.gov.vn. Dùng * để cho phép mọi nguồn.',
          en: 'Origins allowed to read the banner data, e.g. https://skhcn.khanhhoa.gov.vn. Use * to allow any origin.',
        },
      },
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          label: { vi: 'Nguồn', en: 'Origin' },
          hooks: {
            beforeValidate: [
              ({ value }) =>
                typeof value === 'string' ? value.trim().replace(/\/+$/, '').toLowerCase() : value,
            ],
          },
          validate: validateOrigin,
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_TIME_ZONE,
      label: { vi: 'Múi giờ', en: 'Time zone' },
      admin: {
        description: { vi: 'Tên múi giờ IANA.', en: 'An IANA time zone name.' },
      },
      validate: validateTimeZone,
    },
    {
      name: 'defaultLocale',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      label: { vi: 'Ngôn ngữ mặc định', en: 'Default language' },
      options: [
        { label: 'Tiếng Việt', value: 'vi' },
        { label: 'English', value: 'en' },
      ],
    },
    {
      name: 'countReach',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đếm lượt hiển thị', en: 'Count displays' },
      admin: {
        description: {
          vi: 'Đếm số lần banner được hiển thị và số lượt bấm “Xem chi tiết” (mục Số liệu của chiến dịch). Không lưu địa chỉ IP, cookie hay thông tin trình duyệt của người xem.',
          en: 'Counts how often the banner is shown and its link followed (the campaign’s Figures tab). No IP address, cookie or browser detail of a visitor is kept.',
        },
      },
    },
    // After the fields it reads: slug, portal, allowed origins, language.
    {
      name: 'embedSnippet',
      type: 'ui',
      admin: { components: { Field: '/components/EmbedPanel/EmbedPanel#EmbedPanel' } },
    },
  ],
}
