// Wiring only: adapters, collections, localization, admin language. Behaviour lives in the parts.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withInternalCollectionAccess } from './access/internalCollections'
import { isAdminUser } from './access/roles'
import { Campaigns } from './collections/Campaigns'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { ReachCounts } from './collections/ReachCounts'
import { DEFAULT_TIME_ZONE, Sites } from './collections/Sites'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { guardScheduledPublishJobs } from './hooks/guardScheduledPublishJobs'
import { expandJobLogPush } from './hooks/expandJobLogPush'
import { refuseSchedulingUneditable } from './hooks/refuseSchedulingUneditable'
import { adminTranslations, contentLocaleLabels } from './i18n/adminTranslations'
import { withInputChecks } from './input/withInputChecks'
import { loggerOptions } from './log/loggerOptions'
import { storagePlugin } from './storage'
import { cmsRoot, env } from './env'
import { ownsScheduledJobs } from './server/jobsOwner'

const built = buildConfig({
  serverURL: env.publicUrl,
  secret: env.secret,
  telemetry: false,
  // JSON lines in production, the request id on each, credentials redacted (see log/).
  logger: loggerOptions({ level: env.logLevel, isJson: env.logJson }),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [Campaigns, Documents, Media, ReachCounts, Sites, Users],
  // Uploads on S3-compatible storage when S3_BUCKET is set, else on the local disk.
  plugins: [storagePlugin(env.s3)],
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(cmsRoot, 'src') },
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'UTC+7 (Asia/Ho_Chi_Minh)', value: DEFAULT_TIME_ZONE }],
      defaultTimezone: DEFAULT_TIME_ZONE,
    },
    meta: { titleSuffix: ' · Chiến dịch' },
    // Payload's default is Gravatar: it would send a hash of each editor's e-mail to a third party
    // and show a broken image on networks without internet access.
    avatar: 'default',
    dashboard: {
      // Payload's collection cards under their own slug (found before the default one Payload
      // adds), so the "+" buttons read "Tạo mới Chiến dịch", not "Tạo mới [object Object]".
      widgets: [
        {
          slug: 'collections',
          Component: '/components/Dashboard/CollectionCards#CollectionCards',
          minWidth: 'full',
        },
      ],
    },
    components: {
      // Per site: what shows now, what comes next, drafts waiting, a series due its new edition.
      beforeDashboard: ['/components/Dashboard/SiteOverviewPanel#SiteOverviewPanel'],
      views: {
        // Says what to do instead where first-register is closed (production).
        createFirstUser: { Component: '/components/FirstUserSetup#FirstUserSetup' },
      },
    },
  },
  // Content: Vietnamese first; English falls back to Vietnamese where not translated.
  localization: {
    locales: [
      { code: 'vi', label: contentLocaleLabels.vi },
      { code: 'en', label: contentLocaleLabels.en, fallbackLocale: 'vi' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  // Admin interface: Vietnamese unless the editor chooses English.
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: adminTranslations,
  },
  upload: {
    // One byte over the limit still reaches our check, which explains it in the editor's language.
    limits: { fileSize: env.mediaMaxBytes + 1 },
  },
  jobs: {
    access: {
      queue: ({ req }) => Boolean(req.user),
      cancel: ({ req }) => Boolean(req.user),
      run: ({ req }) => isAdminUser(req.user),
    },
    autoRun: env.jobsAutorun ? [{ cron: '* * * * *', allQueues: true }] : [],
    shouldAutoRun: () => ownsScheduledJobs(),
    deleteJobOnComplete: true,
    // Our jobs hooks (guardScheduledPublishJobs, refuseSchedulingUneditable) must run; jobs are
    // rare here (scheduled publishing), so the cost Payload warns about does not matter.
    runHooks: true,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      hooks: {
        ...defaultJobsCollection.hooks,
        beforeValidate: [...(defaultJobsCollection.hooks?.beforeValidate ?? []), expandJobLogPush],
        beforeChange: [
          ...(defaultJobsCollection.hooks?.beforeChange ?? []),
          refuseSchedulingUneditable,
        ],
        beforeDelete: [
          ...(defaultJobsCollection.hooks?.beforeDelete ?? []),
          guardScheduledPublishJobs,
        ],
      },
    }),
  },
  cors: env.trustedOrigins,
  csrf: env.trustedOrigins,
  typescript: { outputFile: path.resolve(cmsRoot, 'src/payload-types.ts') },
})

// Payload's own collections get our access rules (see access/internalCollections); bad input
// gets a 400 or 404, never a 500 (see src/input).
export default withInputChecks(withInternalCollectionAccess(built))
