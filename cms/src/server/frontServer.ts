import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'

import { PUBLIC_API_PREFIX } from '@campaign/shared/routes'

import type { PublicApi } from './publicApi'
import type { createDemoPages } from './demoPages'
import { DEMO_PREFIX } from './demoPages'
import { stampClientAddress } from '../auth/clientAddress'
import { runWithRequestId } from '../log/requestContext'
import type { AdminHost } from './adminHost'
import type { HealthRoutes } from './healthRoutes'
import type { createWidgetAssets } from './widgetAssets'
import { WIDGET_PREFIX } from './widgetAssets'
import { REQUEST_ID_HEADER, requestIdOf } from './requestId'

/** How long an idle keep-alive connection is kept open: longer than the clients' own limit. */
export const KEEP_ALIVE_MS = 65_000

export type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

/** Where a webmaster's snippet or link leads (/go, /embed, the archive): the paths under `prefix`. */
export interface SitePage {
  prefix: string
  handle: Handler
  /** How many answers it keeps: bounded whatever strangers send. */
  size: () => number
}

/** Where access lines go (Payload's pino logger in the CMS process). */
export interface AccessLog {
  isLevelEnabled: (level: 'debug' | 'info') => boolean
  debug: (line: object) => void
  info: (line: object) => void
}

export interface FrontServerParts {
  publicApi: PublicApi
  sitePages?: readonly SitePage[]
  next: Handler
  widget?: ReturnType<typeof createWidgetAssets>
  demo?: ReturnType<typeof createDemoPages>
  /** Sends the admin to its public address; explains saves refused for coming from elsewhere. */
  adminHost?: AdminHost
  /** /api/health and /api/ready. */
  health?: HealthRoutes
  /** Reverse proxies in front of this server whose X-Forwarded-For entries are trusted. */
  trustedProxyHops?: number
  /** Where a handler's failure is reported (Payload's logger in the CMS process). */
  logError?: (error: unknown, url: string) => void
  /** One line per request: at debug for what visitors fetch, at info for the admin and APIs. */
  accessLog?: AccessLog
}

interface Route {
  matches: (url: string) => boolean
  handle: Handler
}

const isDecodable = (url: string): boolean => {
  try {
    decodeURIComponent(url.split('?')[0] ?? '')
    return true
  } catch {
    return false
  }
}

const refuseUndecodable = (response: ServerResponse): void => {
  response.writeHead(400, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(
    JSON.stringify({ errors: [{ message: 'The address is not valid (a broken % escape).' }] }),
  )
}

const redirectToDemo: Handler = (_request, response) => {
  response.writeHead(301, { location: DEMO_PREFIX }).end()
}

/**
 * The process's one HTTP server. What every portal visitor asks for (the public API, the widget
 * file, /go, the embed and archive pages) is answered here from memory, without the Next/Payload
 * request pipeline; everything else (admin, Payload REST/GraphQL) goes to Next. A handler that
 * throws costs its own request a 500, never the process.
 */
export const createFrontServer = ({
  publicApi,
  sitePages = [],
  next,
  widget,
  demo,
  adminHost,
  health,
  trustedProxyHops = 0,
  accessLog,
  logError = (error, url) => console.error(`front server: ${url}`, error),
}: FrontServerParts) => {
  const routes: Route[] = [
    { matches: (url) => url.startsWith(PUBLIC_API_PREFIX), handle: publicApi.handle },
  ]
  if (health) routes.push(health)
  for (const { prefix, handle } of sitePages) {
    routes.push({ matches: (url) => url.startsWith(prefix), handle })
  }
  if (widget)
    routes.push({ matches: (url) => url.startsWith(WIDGET_PREFIX), handle: widget.handle })
  if (demo) {
    routes.push({ matches: (url) => url === '/demo', handle: redirectToDemo })
    routes.push({ matches: (url) => url.startsWith(DEMO_PREFIX), handle: demo.handle })
  }
  const toNext: Handler = (request, response) => {
    // Next answers a path it cannot decode with a 500 before any of our code runs.
    if (!isDecodable(request.url ?? '/')) return refuseUndecodable(response)
    if (adminHost?.intercept(request, response)) return
    // Payload's sign-in limit counts per client; only this server sees the socket.
    stampClientAddress(request, trustedProxyHops)
    return next(request, response)
  }

  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    logError(error, request.url ?? '')
    if (response.headersSent) {
      response.destroy()
      return
    }
    response.writeHead(500, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    response.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
  }

  const logAccess = (
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    level: 'debug' | 'info',
  ) => {
    if (!accessLog?.isLevelEnabled(level)) return
    const startedAt = performance.now()
    response.once('close', () =>
      accessLog[level]({
        requestId,
        method: request.method,
        // The path only: a query string may carry what is not ours to keep.
        path: (request.url ?? '/').split('?')[0],
        status: response.statusCode,
        ms: Math.round((performance.now() - startedAt) * 10) / 10,
        ...(response.writableFinished ? {} : { isAborted: true }),
      }),
    )
  }

  const server = createServer((request, response) => {
    const url = request.url ?? '/'
    const route = routes.find((each) => each.matches(url))
    const handle = route?.handle ?? toNext
    const requestId = requestIdOf(request, trustedProxyHops > 0)
    // Next and Payload see it too; the answer carries it back.
    request.headers[REQUEST_ID_HEADER] = requestId
    response.setHeader(REQUEST_ID_HEADER, requestId)
    logAccess(request, response, requestId, route ? 'debug' : 'info')
    runWithRequestId(requestId, () => {
      try {
        const result = handle(request, response)
        if (result) result.catch((error: unknown) => fail(request, response, error))
      } catch (error) {
        fail(request, response, error)
      }
    })
  })
  // An idle keep-alive connection must be closed by the client side (a reverse proxy, a load
  // balancer, a test's fetch) before the server closes it: when the server closes first, a request
  // sent on it at that moment fails ("other side closed"). Node's 5 s is shorter than the 60 s
  // idle timeouts of common proxies.
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.headersTimeout = KEEP_ALIVE_MS + 1000
  return server
}
