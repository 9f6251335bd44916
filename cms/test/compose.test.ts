// docker-compose.yml as operators run it: MongoDB signs users in (credentials from the
// environment, a replica-set key), the CMS image cannot write its own code, health checks ask
// /api/ready, the seed runs once with SEED_ADMIN_PASSWORD, and the worker is a single process.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Service {
  image?: string
  build?: unknown
  command?: string[]
  environment?: Record<string, string>
  healthcheck?: { test: string[] }
  read_only?: boolean
  user?: string
  tmpfs?: string[]
  restart?: string
  deploy?: { replicas?: number }
  depends_on?: Record<string, { condition: string }>
}

const compose = parse(
  readFileSync(path.resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8'),
  { merge: true },
) as { services: Record<string, Service> }
const { mongo, cms, seed, worker } = compose.services as Record<string, Service>

describe('docker-compose.yml', () => {
  it('MongoDB requires authentication, with credentials from the environment', () => {
    expect(mongo?.environment?.MONGO_INITDB_ROOT_USERNAME).toMatch(/^\$\{MONGO_USERNAME:\?/)
    expect(mongo?.environment?.MONGO_INITDB_ROOT_PASSWORD).toMatch(/^\$\{MONGO_PASSWORD:\?/)
    // A replica set with authentication needs its members' shared key.
    expect(mongo?.command).toEqual(expect.arrayContaining(['--replSet', '--keyFile']))
    expect(cms?.environment?.DATABASE_URL).toMatch(
      /^mongodb:\/\/\$\{MONGO_USERNAME\}:\$\{MONGO_PASSWORD\}@mongo:27017\/.*replicaSet=rs0/,
    )
    // The password never sits on a command line (visible to every process in the container).
    expect(mongo?.healthcheck?.test.join(' ')).not.toMatch(/MONGO_PASSWORD|-p /)
  })

  it('the CMS image runs read-only, as a non-root user, with memory for scratch space', () => {
    for (const service of [cms, seed, worker]) {
      expect(service?.read_only).toBe(true)
      expect(service?.user).toBe('node')
      expect(service?.tmpfs).toEqual(expect.arrayContaining([expect.stringMatching(/^\/tmp/)]))
    }
  })

  it('the CMS is healthy when ready (/api/ready), not merely alive', () => {
    expect(cms?.healthcheck?.test.join(' ')).toContain('/api/ready')
    expect(compose.services.worker?.depends_on?.cms?.condition).toBe('service_healthy')
  })

  it('runs node itself, so SIGTERM reaches the process that shuts down gracefully', () => {
    for (const service of [cms, worker]) expect(service?.command?.[0]).toBe('node')
  })

  it('seeds once, before the CMS, with the admin password from the environment', () => {
    expect(seed?.restart).toBe('no')
    expect(seed?.environment?.SEED_ADMIN_PASSWORD).toMatch(/^\$\{SEED_ADMIN_PASSWORD:\?/)
    expect(cms?.depends_on?.seed?.condition).toBe('service_completed_successfully')
  })

  it('runs exactly one worker', () => {
    expect(worker?.deploy?.replicas ?? 1).toBe(1)
    expect(worker?.command?.join(' ')).toContain('src/server/worker.ts')
  })
})
