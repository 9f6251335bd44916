// The only place that knows which database runs: SQLite file by default, MongoDB in production.
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { cmsRoot, env, isMongoUrl } from './env'
import { migrations } from './migrations'

export const databaseAdapter = (url: string = env.databaseUrl): DatabaseAdapterObj =>
  isMongoUrl(url)
    ? mongooseAdapter({ url })
    : sqliteAdapter({
        client: { url },
        // WAL lets the public endpoint read while an editor writes.
        wal: true,
        busyTimeout: 5000,
        // Development and tests push the schema; production boots through committed migrations.
        prodMigrations: migrations,
        migrationDir: path.resolve(cmsRoot, 'src/migrations'),
      })
