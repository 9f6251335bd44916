// The front server with its public API over real HTTP on a free port; anything that is not
// public gets a 404 here (in production Next answers it). The clock is the test's to move.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { createPublicApi } from '../../src/public/publicApi'
import { createFrontServer } from '../../src/server/frontServer'

export const startPublicServer = async (payload: Payload, clock: { now: Date }) => {
  const publicApi = createPublicApi({
    payload,
    publicUrl: 'http://cms.test',
    maxAge: 60,
    staleWhileRevalidate: 600,
    cacheTtlSeconds: 30,
    now: () => clock.now,
  })
  const server = createFrontServer({
    publicApi,
    next: (_request, response) => {
      response.writeHead(404).end()
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    publicApi,
    get: (path: string, headers: Record<string, string> = {}) =>
      fetch(`${origin}${path}`, { headers }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
