// The admin speaks Vietnamese unless the editor picked English: Payload otherwise follows the
// browser's Accept-Language, and many editors' browsers are set to English.
import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'vi'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=${DEFAULT_LANGUAGE}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
