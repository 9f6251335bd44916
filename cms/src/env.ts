// Every setting comes from the environment, read in one place so dev, start, seed and tests agree.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { LogLevel } from './log/levels'
import { isLogLevel, LOG_LEVELS } from './log/levels'
import { s3SettingsOf } from './storageSettings'

export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const isProduction = process.env.NODE_ENV === 'production'

const readInteger = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`)
  }
  return value
}

const readBoolean = (name: string, fallback: boolean): boolean => {
  const raw = process.env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  throw new Error(`${name} must be true or false, got "${raw}"`)
}

const readLogLevel = (name: string, fallback: LogLevel): LogLevel => {
  const raw = process.env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (!isLogLevel(raw))
    throw new Error(`${name} must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`)
  return raw
}

const readProxyHops = (name: string): number => {
  const raw = process.env[name]?.trim().toLowerCase()
  if (raw && /^\d+$/.test(raw)) return Number(raw)
  return readBoolean(name, false) ? 1 : 0
}

/** `file:` paths are resolved against cms/ so every script finds the same database file. */
const resolveDatabaseUrl = (raw: string | undefined): string => {
  const url = raw?.trim() || 'file:./data/campaigns.db'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return url
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file: or mongodb://, got "${url}"`)
  }
  const filePath = url.slice('file:'.length)
  const absolute = path.isAbsolute(filePath) ? filePath : path.resolve(cmsRoot, filePath)
  mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

const MIN_SECRET_LENGTH = 32

/**
 * Production must be given a secret of at least 32 characters. In development one is generated once and kept beside the
 * database (git-ignored), so logins survive restarts without a secret ever living in the repo.
 */
const resolveSecret = (raw: string | undefined): string => {
  if (raw && raw.trim() !== '') {
    const secret = raw.trim()
    // Sessions are signed with it: a short one can be guessed offline from any session token.
    if (isProduction && secret.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `PAYLOAD_SECRET is ${secret.length} characters long; production needs at least ${MIN_SECRET_LENGTH}. Generate one with: openssl rand -hex 32`,
      )
    }
    return secret
  }
  // `next build` loads the config to prerender but signs nothing: a throw-away secret will do,
  // so images build without the real one.
  if (process.env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (isProduction) {
    throw new Error(
      'PAYLOAD_SECRET is required in production. Generate one with: openssl rand -hex 32',
    )
  }
  const file = path.resolve(cmsRoot, 'data', '.dev-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

const port = readInteger('PORT', 3000)
const publicUrl = (process.env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')

/**
 * Origins whose requests may carry an editor's session: the public address, and in development
 * the other loopback name too (localhost and 127.0.0.1 are the same machine to a developer).
 */
const trustedOriginsFor = (url: string): string[] => {
  const { protocol, hostname, port: urlPort, origin } = new URL(url)
  const aliases: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }
  const alias = aliases[hostname]
  if (isProduction || !alias) return [origin]
  return [origin, `${protocol}//${alias}${urlPort ? `:${urlPort}` : ''}`]
}

export const env = {
  isProduction,
  port,
  databaseUrl: resolveDatabaseUrl(process.env.DATABASE_URL),
  secret: resolveSecret(process.env.PAYLOAD_SECRET),
  /** The URL visitors and editors reach the CMS at; links in the public feed are built on it. */
  publicUrl,
  trustedOrigins: trustedOriginsFor(publicUrl),
  mediaDir: path.resolve(cmsRoot, process.env.MEDIA_DIR?.trim() || 'media'),
  mediaMaxBytes: readInteger('MEDIA_MAX_BYTES', 20 * 1024 * 1024),
  /** Uploads in an S3-compatible bucket instead of MEDIA_DIR, when S3_BUCKET is set. */
  s3: s3SettingsOf(process.env),
  /** Browser and CDN caching of the public feed: Cache-Control max-age and stale-while-revalidate. */
  publicMaxAge: readInteger('PUBLIC_MAX_AGE', 60),
  publicStaleWhileRevalidate: readInteger('PUBLIC_STALE_WHILE_REVALIDATE', 600),
  /**
   * How long one CMS instance trusts its in-memory public responses. Changes made through this
   * instance drop them at once; with several instances, another's change shows within this time.
   */
  publicCacheTtl: readInteger('PUBLIC_CACHE_TTL', 30),
  /**
   * How often each web instance reads the database's change marker (ms): a change saved by another
   * instance or the jobs worker shows here within about this time.
   */
  changePollIntervalMs: readInteger('CHANGE_POLL_INTERVAL_MS', 1000),
  /** On SIGTERM, how long in-flight requests may take to finish before the process leaves (ms). */
  shutdownTimeoutMs: readInteger('SHUTDOWN_TIMEOUT_MS', 10_000),
  /** fatal, error, warn, info (default), debug (adds a line per public request), trace or silent. */
  logLevel: readLogLevel('LOG_LEVEL', 'info'),
  /** JSON lines (production default) or Payload's coloured lines (development default). */
  logJson: readBoolean('LOG_JSON', isProduction),
  /** The widget's build output, served under /widget/v1/. */
  widgetDist: path.resolve(cmsRoot, process.env.WIDGET_DIST?.trim() || '../widget/dist'),
  /** The demo portal pages under /demo/ (on by default in development only). */
  demoPages: readBoolean('DEMO_PAGES', !isProduction),
  /** Sign-in attempts one client address may make in 15 minutes (all accounts together). */
  loginAttemptsPerAddress: readInteger('LOGIN_ATTEMPTS_PER_ADDRESS', 20),
  /**
   * Reverse proxies in front of the CMS (TRUST_PROXY=true is one; a number is that many): the
   * client address is then the one the farthest of them appended to X-Forwarded-For.
   */
  trustedProxyHops: readProxyHops('TRUST_PROXY'),
  /**
   * The admin's "create the first user" form on an empty database. Off in production: whoever
   * reached a fresh install first would become its admin. There the seed creates the first admin
   * from SEED_ADMIN_PASSWORD (docker-compose runs it on start).
   */
  allowFirstRegister: readBoolean('ALLOW_FIRST_REGISTER', !isProduction),
  /** The seed loads the demo and Khánh Hòa content too, not only the accounts. */
  seedContent: readBoolean('SEED_CONTENT', !isProduction),
  /** Runs scheduled publishing inside the web process; turn off where a separate worker runs jobs. */
  jobsAutorun: readBoolean('JOBS_AUTORUN', true),
  /** Counts banner displays and clicks per site and day (sites can turn it off one by one). */
  reachCounting: readBoolean('REACH_COUNTING', true),
  /** Seconds between two writes of the counts to the database (also written on shutdown). */
  reachFlushSeconds: Math.max(1, readInteger('REACH_FLUSH_SECONDS', 60)),
  /** Years the counts are kept; older days are deleted. */
  reachRetentionYears: Math.max(1, readInteger('REACH_RETENTION_YEARS', 5)),
} as const

export const isMongoUrl = (url: string): boolean => url.startsWith('mongodb')
