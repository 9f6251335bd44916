// Caps sign-in attempts per client address. Payload locks an account after 5 failures, which
// stops guessing one account's password but not trying a few passwords on every account; this
// bounds what one address can try. Counted in memory, per instance.
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface LoginThrottleOptions {
  /** Attempts per address per window. */
  limit: number
  windowMs: number
  /** Behind a reverse proxy the address is the first X-Forwarded-For entry, else the socket's. */
  trustProxy: boolean
  now?: () => number
}

const GUARDED = new Set(['/api/users/login', '/api/users/forgot-password'])

const MESSAGE = {
  vi: (minutes: number) =>
    `Quá nhiều lần đăng nhập từ địa chỉ này. Hãy thử lại sau ${minutes} phút.`,
  en: (minutes: number) =>
    `Too many sign-in attempts from this address. Try again in ${minutes} minutes.`,
}

// The admin's language cookie (set to vi by default, see proxy.ts), else Vietnamese.
const languageOf = (request: IncomingMessage): 'vi' | 'en' =>
  /(?:^|;\s*)payload-lng=en\b/.test(request.headers.cookie ?? '') ? 'en' : 'vi'

export const createLoginThrottle = ({
  limit,
  windowMs,
  trustProxy,
  now = Date.now,
}: LoginThrottleOptions) => {
  const attempts = new Map<string, number[]>()

  const clientOf = (request: IncomingMessage): string => {
    const forwarded = request.headers['x-forwarded-for']
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
    return (trustProxy && first) || request.socket.remoteAddress || ''
  }

  return {
    /** Answers 429 and returns true when the address is over its limit; else counts the try. */
    refuse: (request: IncomingMessage, response: ServerResponse): boolean => {
      const path = (request.url ?? '').split('?')[0] ?? ''
      if (request.method !== 'POST' || !GUARDED.has(path)) return false
      const client = clientOf(request)
      const at = now()
      const recent = (attempts.get(client) ?? []).filter((time) => at - time < windowMs)
      if (recent.length >= limit) {
        attempts.set(client, recent)
        const seconds = Math.ceil(((recent[0] ?? at) + windowMs - at) / 1000)
        const message = MESSAGE[languageOf(request)](Math.ceil(seconds / 60))
        response.writeHead(429, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          'retry-after': String(seconds),
        })
        response.end(JSON.stringify({ errors: [{ message }] }))
        return true
      }
      // Addresses come and go: forget them all rather than grow without bound.
      if (attempts.size >= 10_000) attempts.clear()
      attempts.set(client, [...recent, at])
      return false
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
