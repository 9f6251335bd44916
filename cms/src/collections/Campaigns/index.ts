import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { editorOfSite } from '../../access/editorOfSite'
import { editorWithSitesOrAdmin } from '../../access/editorWithSitesOrAdmin'
import { publishedOrEditorOfSite } from '../../access/publishedOrEditorOfSite'
import { siteScoped } from '../../access/siteScoped'
import { isAdminUser, managedSiteIds } from '../../access/roles'
import { accentColor } from '../../fields/accentColor'
import { calendarDate } from '../../fields/calendarDate'
import { httpUrl } from '../../fields/httpUrl'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'
import { validateSlug } from '../../fields/slugify'
import { translate } from '../../i18n/messages'
import { campaignPreviewUrl } from '../../preview/previewPath'
import { importAnnouncement, importPreview } from './endpoints/importAnnouncement'
import { nextEdition } from './endpoints/nextEdition'
import { readPendingChanges } from './endpoints/pendingChanges'
import { addSchedule, cancelSchedule, readSchedule } from './endpoints/schedule'
import { visibility } from './endpoints/visibility'
import { freeSlug } from './freeSlug'
import { phaseColumn, publicationColumn } from './listColumns'
import { relationIds } from './nextEdition/nextEditionData'
import { bumpMajorRevision } from './hooks/bumpMajorRevision'
import { enforceManagedSites } from './hooks/enforceManagedSites'
import { refuseDeletingSharedCampaign } from './hooks/refuseDeletingSharedCampaign'
import { ensureUniqueSlugPerSite } from './hooks/ensureUniqueSlugPerSite'
import { generateSlug } from './hooks/generateSlug'
import { keepLockAfterAutosave } from './hooks/keepLockAfterAutosave'
import {
  invalidatePublicCacheOnPublicChange,
  invalidatePublicCacheOnPublishedDelete,
  notePublishedBefore,
} from './hooks/invalidatePublicCacheOnPublicChange'
import { refuseOutdatedSave } from './hooks/refuseOutdatedSave'
import { requireMessagesToPublish } from './hooks/requireMessagesToPublish'
import {
  displayEndInRange,
  displayStartInRange,
  endNotBeforeStart,
  yearMatchesWindow,
} from './windowRules'

const validateYear: NumberFieldSingleValidation = (value, { data, req }) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) return req.t('validation:required')
  const match = yearMatchesWindow(value, data as Record<string, unknown>)
  return match === true ? true : translate(req, 'yearMismatch', { year: value, ...match })
}

/** One edition of a yearly campaign (e.g. the 2021 Month of Action for Gender Equality). */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { vi: 'Chiến dịch', en: 'Campaign' },
    plural: { vi: 'Chiến dịch', en: 'Campaigns' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'seriesName', 'phase', 'publication', 'sites'],
    // Newest editions first; the list can be grouped by series or site (Payload's group-by).
    groupBy: true,
    listSearchableFields: ['title', 'seriesName', 'theme', 'slug'],
    components: {
      edit: {
        beforeDocumentControls: [
          '/components/NextEditionButton#NextEditionButton',
          // Vietnamese, 24-hour, any minute, in the site's zone: Payload's own drawer is hidden
          // (custom.scss) as it offers none of these.
          '/components/SchedulePublication/SchedulePublishButton#SchedulePublishButton',
        ],
      },
      views: {
        list: { actions: ['/components/ImportAnnouncement/ImportAnnouncement#ImportAnnouncement'] },
      },
    },
    group: { vi: 'Nội dung', en: 'Content' },
    // The real banner, fed the unsaved form, at any day the editor picks (src/preview/).
    livePreview: { url: campaignPreviewUrl },
  },
  access: {
    read: publishedOrEditorOfSite,
    create: editorWithSitesOrAdmin,
    update: editorOfSite,
    delete: editorOfSite,
    // Version documents hold the edition under `version`.
    readVersions: siteScoped('version.sites'),
  },
  defaultSort: '-year',
  endpoints: [
    nextEdition,
    visibility,
    importPreview,
    importAnnouncement,
    readPendingChanges,
    readSchedule,
    addSchedule,
    cancelSchedule,
  ],
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  hooks: {
    afterChange: [invalidatePublicCacheOnPublicChange, keepLockAfterAutosave],
    afterDelete: [invalidatePublicCacheOnPublishedDelete],
    beforeDelete: [refuseDeletingSharedCampaign],
    // First: a save from an outdated form is refused before anything else is checked.
    beforeValidate: [refuseOutdatedSave, generateSlug],
    beforeChange: [
      enforceManagedSites,
      ensureUniqueSlugPerSite,
      requireMessagesToPublish,
      bumpMajorRevision,
      notePublishedBefore,
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung', en: 'Content' },
          fields: [
            {
              name: 'seriesName',
              type: 'text',
              required: true,
              localized: true,
              validate: requiredInDefaultLocale,
              index: true,
              label: { vi: 'Tên chiến dịch thường niên', en: 'Series name' },
              admin: {
                description: {
                  vi: 'Giữ nguyên qua các năm để các kỳ của cùng một chiến dịch được nhóm lại.',
                  en: 'Keep it the same every year so editions of one campaign group together.',
                },
              },
            },
            {
              name: 'title',
              type: 'text',
              required: true,
              localized: true,
              validate: requiredInDefaultLocale,
              label: { vi: 'Tiêu đề', en: 'Title' },
            },
            {
              name: 'theme',
              type: 'textarea',
              required: true,
              localized: true,
              validate: requiredInDefaultLocale,
              label: { vi: 'Chủ đề', en: 'Theme' },
            },
            {
              name: 'messages',
              type: 'array',
              label: { vi: 'Thông điệp', en: 'Messages' },
              labels: {
                singular: { vi: 'Thông điệp', en: 'Message' },
                plural: { vi: 'Thông điệp', en: 'Messages' },
              },
              admin: {
                description: {
                  vi: 'Theo thứ tự hiển thị. Cần ít nhất một thông điệp để xuất bản.',
                  en: 'In display order. At least one is needed to publish.',
                },
              },
              fields: [
                {
                  name: 'text',
                  type: 'textarea',
                  required: true,
                  localized: true,
                  validate: requiredInDefaultLocale,
                  label: { vi: 'Nội dung thông điệp', en: 'Message' },
                },
              ],
            },
            {
              name: 'activities',
              type: 'array',
              label: { vi: 'Hoạt động chính', en: 'Main activities' },
              labels: {
                singular: { vi: 'Hoạt động', en: 'Activity' },
                plural: { vi: 'Hoạt động', en: 'Activities' },
              },
              fields: [
                {
                  name: 'title',
                  type: 'textarea',
                  required: true,
                  localized: true,
                  validate: requiredInDefaultLocale,
                  label: { vi: 'Hoạt động', en: 'Activity' },
                },
                {
                  name: 'details',
                  type: 'richText',
                  localized: true,
                  label: { vi: 'Chi tiết', en: 'Details' },
                },
              ],
            },
            {
              name: 'introduction',
              type: 'richText',
              localized: true,
              label: { vi: 'Giới thiệu', en: 'Introduction' },
            },
          ],
        },
        {
          label: { vi: 'Thời gian', en: 'Dates' },
          fields: [
            {
              name: 'campaignWindow',
              type: 'group',
              label: { vi: 'Thời gian diễn ra', en: 'Campaign window' },
              admin: {
                description: {
                  vi: 'Tính cả ngày đầu và ngày cuối, theo múi giờ của trang.',
                  en: 'Both days included, in the site’s time zone.',
                },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    calendarDate({
                      name: 'start',
                      required: true,
                      label: { vi: 'Từ ngày', en: 'From' },
                    }),
                    calendarDate({
                      name: 'end',
                      required: true,
                      label: { vi: 'Đến ngày', en: 'To' },
                      rule: endNotBeforeStart,
                    }),
                  ],
                },
              ],
            },
            {
              name: 'displayWindow',
              type: 'group',
              label: { vi: 'Thời gian hiển thị banner', en: 'Banner display window' },
              admin: {
                description: {
                  vi: 'Để trống để hiển thị đúng thời gian diễn ra. Có thể hiện sớm cho lễ phát động hoặc kéo dài cho hoạt động sau chiến dịch.',
                  en: 'Leave empty to follow the campaign window. Start earlier for launch events or end later for follow-up events.',
                },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    calendarDate({
                      name: 'start',
                      label: { vi: 'Hiện từ ngày', en: 'Show from' },
                      rule: displayStartInRange,
                    }),
                    calendarDate({
                      name: 'end',
                      label: { vi: 'Ẩn sau ngày', en: 'Show until' },
                      rule: displayEndInRange,
                    }),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { vi: 'Văn bản và tệp', en: 'Documents and files' },
          fields: [
            {
              name: 'documents',
              type: 'relationship',
              relationTo: 'documents',
              hasMany: true,
              label: { vi: 'Văn bản triển khai', en: 'Official documents' },
              // The documents list in a drawer: every page, and its search finds a number typed
              // as printed or normalised (the dropdown shows 10 and filters on the exact text).
              admin: { appearance: 'drawer' },
            },
            {
              name: 'attachments',
              // A relationship, not an upload field: it names each file by its display name
              // (Media's title), where Payload's upload field shows the file name.
              type: 'relationship',
              relationTo: 'media',
              hasMany: true,
              label: { vi: 'Tệp đính kèm', en: 'Attachments' },
              admin: {
                description: {
                  vi: 'Ví dụ: kế hoạch chi tiết (PDF, DOCX).',
                  en: 'E.g. the detailed plan (PDF, DOCX).',
                },
              },
            },
            httpUrl({
              name: 'articleUrl',
              label: { vi: 'Liên kết bài viết đầy đủ', en: 'Full article link' },
            }),
          ],
        },
        {
          label: { vi: 'Giao diện', en: 'Appearance' },
          fields: [
            accentColor({
              name: 'accentColor',
              label: { vi: 'Màu nhấn', en: 'Accent colour' },
              admin: {
                description: {
                  vi: 'Mã màu dạng #rrggbb. Banner tự điều chỉnh nếu màu khó đọc.',
                  en: 'A #rrggbb colour. The banner adjusts it when contrast is poor.',
                },
                components: { afterInput: ['/components/AccentColorHint#AccentColorHint'] },
              },
            }),
            {
              name: 'bannerImage',
              type: 'upload',
              relationTo: 'media',
              label: { vi: 'Ảnh banner', en: 'Banner image' },
              filterOptions: { mimeType: { contains: 'image/' } },
            },
          ],
        },
        {
          // Displays and clicks per day, for the department's report (src/reach/).
          label: { vi: 'Số liệu', en: 'Figures' },
          fields: [
            {
              name: 'reachFigures',
              type: 'ui',
              admin: {
                components: { Field: '/components/ReachFigures/ReachFigures#ReachFigures' },
              },
            },
          ],
        },
      ],
    },
    {
      // What "Xuất bản" would release: the fields the draft changed since the published version.
      name: 'pendingChanges',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/PendingChanges/PendingChanges#PendingChanges' },
      },
    },
    {
      // Where and when the published version shows, refreshed after every save.
      name: 'visibilityStatus',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/CampaignVisibility#CampaignVisibility' },
      },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tự tạo từ tiêu đề nếu để trống.',
          en: 'Generated from the title when left empty.',
        },
      },
      validate: validateSlug,
      hooks: {
        // A copy ("Tạo bản sao") is another edition of the same sites: it needs a slug of its own.
        beforeDuplicate: [
          ({ value, siblingData, req }) =>
            typeof value === 'string' && value
              ? freeSlug(req, `${value}-ban-sao`, relationIds(siblingData?.sites))
              : value,
        ],
      },
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      required: true,
      index: true,
      label: { vi: 'Hiển thị trên trang', en: 'Shown on sites' },
      admin: { position: 'sidebar' },
      // The admin's "Create new" stores an empty draft at once (autosave): it must already be on
      // one of the editor's sites, or the editor could not open it. Their first site; changeable.
      defaultValue: ({ user }) => managedSiteIds(user).slice(0, 1),
      filterOptions: ({ user }) =>
        // Trusted Local API calls (no user) are not narrowed; access already bars anonymous writes.
        !user || isAdminUser(user) ? true : { id: { in: managedSiteIds(user) } },
      // The option filter narrows the admin's list to the editor's sites; it must not reject a
      // shared campaign's other site when the form sends it back. Which sites an editor may add
      // or remove is enforceManagedSites' job (drafts included).
      validate: (value, options) => relationship(value, { ...options, filterOptions: undefined }),
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      index: true,
      label: { vi: 'Năm', en: 'Year' },
      admin: { position: 'sidebar', step: 1 },
      validate: validateYear,
    },
    {
      name: 'author',
      type: 'text',
      label: { vi: 'Người viết', en: 'Author' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'majorUpdate',
      type: 'checkbox',
      virtual: true,
      label: { vi: 'Đây là cập nhật quan trọng', en: 'This is a major update' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Khi xuất bản, banner hiện lại cả với người xem đã đóng nó.',
          en: 'When published, the banner shows again even to visitors who closed it.',
        },
      },
    },
    {
      name: 'majorRevision',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Số lần cập nhật quan trọng', en: 'Major updates' },
      admin: { position: 'sidebar', readOnly: true },
    },
    phaseColumn,
    publicationColumn,
    calendarDate({
      name: 'publishedOn',
      label: { vi: 'Ngày đăng', en: 'Publication date' },
      admin: { position: 'sidebar' },
    }),
  ],
}
