// The development accounts' known passwords never reach a live system.
import { afterEach, expect, it, vi } from 'vitest'

import { devPasswordsAllowed, seedAccounts } from '../src/seed/seedUsers'

afterEach(() => vi.unstubAllEnvs())

it.each([
  ['development', 'file:./data/campaigns.db', true],
  ['test', 'file:/tmp/x.db', true],
  ['production', 'file:./data/campaigns.db', false],
  ['development', 'mongodb://db.internal/campaign?replicaSet=rs0', false],
  [undefined, 'mongodb+srv://u:p@cluster.example/campaign', false],
])('NODE_ENV %s on %s: dev passwords %s', (nodeEnv, databaseUrl, allowed) => {
  expect(devPasswordsAllowed({ nodeEnv, databaseUrl })).toBe(allowed)
})

it('without dev passwords, only accounts given a password are created', () => {
  vi.stubEnv('SEED_ADMIN_PASSWORD', '')
  vi.stubEnv('SEED_EDITOR_PASSWORD', '')
  expect(seedAccounts(false).map((account) => account.password)).toEqual(['', ''])
  vi.stubEnv('SEED_ADMIN_PASSWORD', 'a-long-secret')
  expect(seedAccounts(false).map((account) => account.password)).toEqual(['a-long-secret', ''])
  expect(seedAccounts(true).map((account) => account.password)).toEqual([
    'a-long-secret',
    'editor-dev-only',
  ])
})
