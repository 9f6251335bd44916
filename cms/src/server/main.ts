// The CMS process: the front server (public API from memory) with Next behind it for the admin
// and Payload's own APIs. `pnpm dev` and `pnpm start` both run this file.
import path from 'node:path'

import config from '@payload-config'
import next from 'next'
import { getPayload } from 'payload'

import { cmsRoot, env, isMongoUrl } from '../env'
import { migrations } from '../migrations'
import { warmUpBannerRenderer } from '../public/bannerImage/render'
import { watchChangeMarker } from '../public/changeMarker'
import { ensurePublicQueryIndexes } from '../publicQueryIndexes'
import { createReachCounter } from '../reach/reachCounter'
import { createDemoPages } from './demoPages'
import { createFrontServer } from './frontServer'
import { createShutdown } from './gracefulShutdown'
import { createHealthRoutes } from './healthRoutes'
import { hasSession } from './hasSession'
import { claimScheduledJobs } from './jobsOwner'
import { createAdminHost } from './adminHost'
import { createPublicRoutes } from './publicRoutes'
import { createReadiness } from './readiness'
import { createWidgetAssets } from './widgetAssets'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

claimScheduledJobs()
const payload = await getPayload({ config })

// MongoDB: the indexes the public answers' query uses (sites, status, windows); none on SQLite.
await ensurePublicQueryIndexes(payload).catch((error: unknown) =>
  payload.logger.warn({ err: error, msg: 'public query indexes not created' }),
)

// Changes saved by other instances and the jobs worker, read from the database in the background.
const changes = watchChangeMarker({ payload, intervalMs: env.changePollIntervalMs })

const app = next({ dev: !env.isProduction, dir: cmsRoot, turbopack: true, port: env.port })
await app.prepare()

// Displays and clicks, counted in memory and written once per REACH_FLUSH_SECONDS (src/reach/).
const reach = env.reachCounting
  ? createReachCounter({
      payload,
      flushSeconds: env.reachFlushSeconds,
      retentionYears: env.reachRetentionYears,
      ignores: hasSession,
    })
  : undefined
/** Writes the counts not yet stored: call it on shutdown, before the process exits. */
export const flushReachCounts = (): Promise<void> => reach?.stop() ?? Promise.resolve()

const { publicApi, sitePages } = createPublicRoutes({
  payload,
  publicUrl: env.publicUrl,
  maxAge: env.publicMaxAge,
  staleWhileRevalidate: env.publicStaleWhileRevalidate,
  cacheTtlSeconds: env.publicCacheTtl,
  reach,
})

const widget = createWidgetAssets(env.widgetDist)
let isStopping = (): boolean => false
const readiness = createReadiness({
  payload,
  // Production on SQLite boots through the committed migrations; elsewhere the schema is pushed
  // (development) or there is none (MongoDB).
  expectedMigrations:
    env.isProduction && !isMongoUrl(env.databaseUrl) ? migrations.map(({ name }) => name) : [],
  isWidgetBuilt: widget.isBuilt,
  isStopping: () => isStopping(),
})

const server = createFrontServer({
  publicApi,
  sitePages,
  next: app.getRequestHandler(),
  widget,
  health: createHealthRoutes(readiness),
  demo: env.demoPages ? createDemoPages(path.resolve(cmsRoot, 'demo')) : undefined,
  adminHost: createAdminHost({
    publicUrl: env.publicUrl,
    trustedOrigins: env.trustedOrigins,
    trustsProxy: env.trustedProxyHops > 0,
  }),
  trustedProxyHops: env.trustedProxyHops,
  logError: (error, url) => payload.logger.error({ err: error, msg: `front server: ${url}` }),
  accessLog: payload.logger,
})

// The banner image's fonts and layout engine, loaded before visitors' requests can wait on them.
await warmUpBannerRenderer()

server.listen(env.port, () => {
  payload.logger.info(`CMS ready: ${env.publicUrl}/admin (listening on port ${env.port})`)
  if (env.demoPages) payload.logger.info(`Demo portal with the banner: ${env.publicUrl}/demo/`)
})

const shutdown = createShutdown({
  server,
  timeoutMs: env.shutdownTimeoutMs,
  steps: [
    ['change marker poll', () => changes.stop()],
    // The counts of the last flush interval are written before the process leaves.
    ['reach counts', flushReachCounts],
    ['database', () => payload.destroy()],
  ],
  log: {
    info: (message) => payload.logger.info(message),
    error: (message, error) => payload.logger.error({ err: error, msg: message }),
  },
})
isStopping = shutdown.isStopping
shutdown.listen()
