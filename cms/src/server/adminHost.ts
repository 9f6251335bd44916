// The admin works only at the CMS's public address: Payload trusts a session cookie only on
// requests whose Origin is listed in `csrf`, so an admin opened under another host name signs in
// and shows every page but every save fails with a bare "not allowed". Admin pages reached under
// another name are sent to the public address; a save that would be refused for this reason is
// answered here, saying so.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { hasSession } from './hasSession'

export interface AdminHostOptions {
  publicUrl: string
  /** Origins whose requests may carry the session (Payload's `csrf` list). */
  trustedOrigins: readonly string[]
  /** Behind a trusted reverse proxy, the host people asked for is in X-Forwarded-Host. */
  trustsProxy: boolean
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const isAdminPage = (path: string) => path === '/admin' || path.startsWith('/admin/')

const isEnglish = (request: IncomingMessage) =>
  /(?:^|;\s*)payload-lng=en\b/.test(request.headers.cookie ?? '')

const refusal = (origin: string, publicUrl: string, english: boolean) =>
  english
    ? `Not saved: this admin is open at ${origin}, not at the CMS's address ${publicUrl}, so your session is not accepted here. Open ${publicUrl}/admin and try again.`
    : `Chưa lưu được: trang quản trị đang được mở tại ${origin}, không phải địa chỉ chính thức ${publicUrl}, nên phiên đăng nhập không được chấp nhận. Hãy mở ${publicUrl}/admin rồi thử lại.`

export const createAdminHost = ({ publicUrl, trustedOrigins, trustsProxy }: AdminHostOptions) => {
  const trustedHosts = new Set(trustedOrigins.map((origin) => new URL(origin).host))
  const trusted = new Set(trustedOrigins)

  const hostOf = (request: IncomingMessage): string => {
    const forwarded = trustsProxy ? request.headers['x-forwarded-host'] : undefined
    const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded) ?? request.headers.host
    return (host ?? '').split(',')[0]?.trim().toLowerCase() ?? ''
  }

  return {
    /** Answers (and returns true) when the request must not go on to the admin or Payload. */
    intercept: (request: IncomingMessage, response: ServerResponse): boolean => {
      const url = request.url ?? '/'
      const path = url.split('?')[0] ?? ''
      const method = request.method ?? 'GET'
      if ((method === 'GET' || method === 'HEAD') && isAdminPage(path)) {
        if (trustedHosts.has(hostOf(request))) return false
        response.writeHead(302, { location: `${publicUrl}${url}`, 'cache-control': 'no-store' })
        response.end()
        return true
      }
      const origin = request.headers.origin
      if (!WRITES.has(method) || !path.startsWith('/api/') || !origin || trusted.has(origin)) {
        return false
      }
      if (!hasSession(request)) return false
      response.writeHead(403, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      })
      response.end(
        JSON.stringify({ errors: [{ message: refusal(origin, publicUrl, isEnglish(request)) }] }),
      )
      return true
    },
  }
}

export type AdminHost = ReturnType<typeof createAdminHost>
