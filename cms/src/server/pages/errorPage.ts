// What a person following a webmaster's link sees when it leads nowhere: a small page in their
// language, never a stack trace or the address they sent back to them.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import type { Locale } from '@campaign/shared/routes'

import type { PublicApiError } from '../../public/httpSupport'
import { markup, styleElement } from './html'
import { pagePolicy } from './pageSecurity'
import { PAGE_STRINGS } from './pageStrings'

const ERROR_CSS = 'body{margin:0;padding:1em;font-family:system-ui,sans-serif;color:#1f1f1f}'

// Error pages hold nothing of a site's: any page may frame them (an iframe then shows why).
const POLICY = pagePolicy({ css: ERROR_CSS, allowedOrigins: ['*'] })

const messageFor = (status: number, locale: Locale): string => {
  const t = PAGE_STRINGS[locale]
  if (status === 404) return t.notFound
  if (status >= 500) return t.unavailable
  return t.badRequest
}

export const sendErrorPage = (
  request: IncomingMessage,
  response: ServerResponse,
  error: PublicApiError,
  locale: Locale = 'vi',
  headers: OutgoingHttpHeaders = {},
): void => {
  const message = messageFor(error.status, locale)
  const body = Buffer.from(
    markup`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${message}</title>
${styleElement(ERROR_CSS)}
</head>
<body>
<main>
<h1>${message}</h1>
<p>HTTP ${error.status}</p>
</main>
</body>
</html>
`.toString(),
  )
  response.writeHead(error.status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': POLICY,
    ...headers,
    'content-length': body.length,
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}
