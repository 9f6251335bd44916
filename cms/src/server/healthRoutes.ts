// GET /api/health (liveness: the process answers; no database read) and GET /api/ready
// (readiness: see readiness.ts; 200 with the checks, else 503), answered by the front server
// without Next or Payload's request pipeline. Load balancers and compose use /api/ready.
import type { Handler } from './frontServer'
import type { Readiness } from './readiness'

export const HEALTH_PATH = '/api/health'
export const READY_PATH = '/api/ready'

const sendJson = (response: Parameters<Handler>[1], status: number, body: unknown): void => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify(body))
}

const pathOf = (url: string): string => url.split('?')[0] ?? ''

export interface HealthRoutes {
  matches: (url: string) => boolean
  handle: Handler
}

export const createHealthRoutes = (readiness: () => Promise<Readiness>): HealthRoutes => ({
  matches: (url) => {
    const path = pathOf(url)
    return path === HEALTH_PATH || path === READY_PATH
  },
  handle: async (request, response) => {
    if (pathOf(request.url ?? '') === HEALTH_PATH) {
      return sendJson(response, 200, { status: 'ok' })
    }
    const { isReady, status, checks } = await readiness()
    sendJson(response, isReady ? 200 : 503, { status, checks })
  },
})
