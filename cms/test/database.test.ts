// Which adapter DATABASE_URL selects, and the MongoDB settings that cannot be exercised here
// (no MongoDB server runs on the development machine): built without connecting.
import path from 'node:path'

import type { Payload } from 'payload'
import { expect, it } from 'vitest'

import { databaseAdapter } from '../src/database'
import { cmsRoot } from '../src/env'
import { withDatabaseName } from './setup/testDatabaseUrl'

const build = (url: string) => databaseAdapter(url).init({ payload: {} as Payload })

it('a file: URL selects SQLite with the committed SQL migrations', () => {
  const adapter = build('file:/tmp/never-opened.db')
  expect(adapter.name).toBe('sqlite')
  expect(adapter.migrationDir).toBe(path.resolve(cmsRoot, 'src/migrations'))
})

it('a mongodb: URL selects MongoDB, failing fast and never reading the SQL migrations', () => {
  const adapter = build('mongodb://127.0.0.1:1/campaign') as ReturnType<typeof build> & {
    connectOptions: { serverSelectionTimeoutMS?: number }
  }
  expect(adapter.name).toBe('mongoose')
  expect(adapter.connectOptions.serverSelectionTimeoutMS).toBeLessThanOrEqual(5000)
  expect(adapter.migrationDir).not.toBe(path.resolve(cmsRoot, 'src/migrations'))
})

it.each([
  ['mongodb://localhost:27017/campaign', 'mongodb://localhost:27017/t1'],
  ['mongodb://localhost:27017', 'mongodb://localhost:27017/t1'],
  [
    'mongodb://a:27017,b:27017/campaign?replicaSet=rs0',
    'mongodb://a:27017,b:27017/t1?replicaSet=rs0',
  ],
  ['mongodb://u:p@db/campaign', 'mongodb://u:p@db/t1?authSource=campaign'],
  ['mongodb://u:p@db/?authSource=users', 'mongodb://u:p@db/t1?authSource=users'],
  [
    'mongodb+srv://u:p@cluster.example/?retryWrites=true',
    'mongodb+srv://u:p@cluster.example/t1?retryWrites=true&authSource=admin',
  ],
])('each test file gets its own MongoDB database: %s → %s', (url, expected) => {
  expect(withDatabaseName(url, 't1')).toBe(expected)
})
