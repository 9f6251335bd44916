// The sign-in budget per address (window, eviction) and which address a request is counted under.
import type { IncomingMessage } from 'node:http'

import { expect, it } from 'vitest'

import { clientAddress } from '../src/auth/clientAddress'
import { createSignInLedger } from '../src/auth/signInLedger'

it('allows `limit` attempts per window, then says when to come back', () => {
  const clock = { now: 0 }
  const ledger = createSignInLedger({ limit: 3, windowMs: 15 * 60_000, now: () => clock.now })
  for (let i = 0; i < 3; i++) expect(ledger.attempt('203.0.113.7').isAllowed).toBe(true)
  clock.now = 5 * 60_000
  expect(ledger.attempt('203.0.113.7')).toEqual({ isAllowed: false, retryAfterSeconds: 600 })
  expect(ledger.attempt('198.51.100.2').isAllowed).toBe(true) // another address, its own budget
  clock.now = 15 * 60_000 // the first attempts have left the window
  expect(ledger.attempt('203.0.113.7').isAllowed).toBe(true)
})

it('when full, forgets the least recently seen addresses, not everyone', () => {
  const ledger = createSignInLedger({ limit: 2, windowMs: 60_000, maxAddresses: 3, now: () => 0 })
  ledger.attempt('blocked')
  ledger.attempt('blocked')
  expect(ledger.attempt('blocked').isAllowed).toBe(false)
  for (const address of ['a', 'b']) ledger.attempt(address)
  expect(ledger.attempt('blocked').isAllowed).toBe(false) // seen again: now the most recent
  ledger.attempt('c') // evicts 'a', the least recently seen
  expect(ledger.size()).toBe(3)
  expect(ledger.attempt('blocked').isAllowed).toBe(false)
})

const request = (socket: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: socket },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage

it.each([
  // [trusted hops, X-Forwarded-For as received, counted as]
  [0, '203.0.113.7', '10.0.0.1'], // no proxy trusted: the header is the client's to forge
  [1, '203.0.113.7', '203.0.113.7'],
  [1, '6.6.6.6, 203.0.113.7', '203.0.113.7'], // the client wrote the leftmost entry itself
  [2, '6.6.6.6, 203.0.113.7, 172.16.0.9', '203.0.113.7'], // CDN, then our proxy
  [2, '203.0.113.7', '10.0.0.1'], // fewer entries than proxies: not trusted
  [1, undefined, '10.0.0.1'],
])('trusting %i proxies, X-Forwarded-For %s counts as %s', (hops, forwardedFor, expected) => {
  expect(clientAddress(request('10.0.0.1', forwardedFor), hops)).toBe(expected)
})
