// What /api/ready reports: the database answers, the migrations production boots through are
// all applied, the widget build is there to serve, and the process is not shutting down. Checked
// at most once a second whoever asks (a flood of health checks costs one read a second).
import type { Payload } from 'payload'

export interface ReadinessChecks {
  database: 'ok' | 'unreachable'
  migrations: 'ok' | 'pending' | 'unknown'
  widget: 'ok' | 'missing'
}

export interface Readiness {
  isReady: boolean
  status: 'ready' | 'unready' | 'stopping'
  checks: ReadinessChecks
}

export interface ReadinessOptions {
  payload: Payload
  /** Migration names that must be applied (production on SQLite); none where the schema is pushed. */
  expectedMigrations: readonly string[]
  isWidgetBuilt: () => boolean
  isStopping: () => boolean
  /** How long one answer is reused (ms). */
  reuseMs?: number
}

const appliedMigrations = async (payload: Payload): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    pagination: false,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.flatMap((doc) => (doc.name ? [doc.name] : [])))
}

export const createReadiness = ({
  payload,
  expectedMigrations,
  isWidgetBuilt,
  isStopping,
  reuseMs = 1000,
}: ReadinessOptions) => {
  let last: { at: number; checks: Promise<ReadinessChecks> } | null = null

  const check = async (): Promise<ReadinessChecks> => {
    const widget = isWidgetBuilt() ? 'ok' : 'missing'
    try {
      const applied = await appliedMigrations(payload)
      const isMigrated = expectedMigrations.every((name) => applied.has(name))
      return { database: 'ok', migrations: isMigrated ? 'ok' : 'pending', widget }
    } catch {
      return { database: 'unreachable', migrations: 'unknown', widget }
    }
  }

  return async (): Promise<Readiness> => {
    const now = Date.now()
    if (!last || now - last.at >= reuseMs) last = { at: now, checks: check() }
    const checks = await last.checks
    const isHealthy =
      checks.database === 'ok' && checks.migrations === 'ok' && checks.widget === 'ok'
    if (isStopping()) return { isReady: false, status: 'stopping', checks }
    return { isReady: isHealthy, status: isHealthy ? 'ready' : 'unready', checks }
  }
}
