// The only place that knows which database runs: SQLite file by default, MongoDB in production.
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { cmsRoot, env, isMongoUrl } from './env'
import { migrations } from './migrations'

export const databaseAdapter = (url: string = env.databaseUrl): DatabaseAdapterObj =>
  isMongoUrl(url)
    ? mongooseAdapter({
        url,
        // Fail fast when the server is unreachable (the driver waits 30 s by default), so the
        // public API serves its last good answer at once and health checks answer in time.
        connectOptions: { serverSelectionTimeoutMS: 5000 },
        // Not the SQLite migrations in src/migrations: they are SQL and would throw on MongoDB.
        migrationDir: path.resolve(cmsRoot, 'src/migrations-mongodb'),
      })
    : sqliteAdapter({
        client: { url },
        // WAL lets the public endpoint read while an editor writes. NORMAL is SQLite's advice for
        // WAL: the file cannot corrupt, a crash of the process loses nothing, and only a power
        // loss can drop the last commits; FULL made every save wait for the disk (fsync).
        wal: { synchronous: 'NORMAL' },
        busyTimeout: 5000,
        // Development and tests push the schema; production boots through committed migrations.
        prodMigrations: migrations,
        migrationDir: path.resolve(cmsRoot, 'src/migrations'),
      })
