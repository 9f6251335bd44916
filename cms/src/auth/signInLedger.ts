// Sign-in attempts per client address over a sliding window. Payload locks an account after 5
// failures, which stops guessing one account's password but not trying a few passwords on every
// account; this bounds what one address can try, however it reaches the login operation (REST,
// GraphQL, several aliases in one request). Kept in memory, per process.
import { env } from '../env'

export interface SignInLedgerOptions {
  /** Attempts per address per window. */
  limit: number
  windowMs: number
  /** Addresses remembered at most; the least recently seen is forgotten first. */
  maxAddresses?: number
  now?: () => number
}

export type Attempt = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

export const createSignInLedger = ({
  limit,
  windowMs,
  maxAddresses = 10_000,
  now = Date.now,
}: SignInLedgerOptions) => {
  const attempts = new Map<string, number[]>()

  return {
    /** Counts an attempt from `address`, or refuses it when the address is over its limit. */
    attempt: (address: string): Attempt => {
      const at = now()
      const recent = (attempts.get(address) ?? []).filter((time) => at - time < windowMs)
      attempts.delete(address) // re-inserted below: the Map's order is least recently seen first
      if (recent.length >= limit) {
        attempts.set(address, recent)
        const oldest = recent[0] ?? at
        return { isAllowed: false, retryAfterSeconds: Math.ceil((oldest + windowMs - at) / 1000) }
      }
      for (const oldest of attempts.keys()) {
        if (attempts.size < maxAddresses) break
        attempts.delete(oldest)
      }
      attempts.set(address, [...recent, at])
      return { isAllowed: true }
    },
    size: () => attempts.size,
  }
}

export type SignInLedger = ReturnType<typeof createSignInLedger>

// One ledger per process: Next's bundled copy of this module and the front server's copy meet on
// globalThis, as the public cache's change signal does.
const KEY = Symbol.for('campaign-banner.sign-in-ledger')

export const processSignInLedger = (): SignInLedger =>
  ((globalThis as Record<symbol, unknown>)[KEY] ??= createSignInLedger({
    limit: env.loginAttemptsPerAddress,
    windowMs: 15 * 60 * 1000,
  })) as SignInLedger
