// The front server with its public routes over real HTTP on a free port; anything that is not
// public goes to `next` (by default a 404: in production Next answers it). The clock is the
// test's to move; any other front-server part can be given.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import type { FrontServerParts } from '../../src/server/frontServer'
import { createFrontServer } from '../../src/server/frontServer'
import { createPublicRoutes } from '../../src/server/publicRoutes'

export const startPublicServer = async (
  payload: Payload,
  clock: { now: Date } | null = null,
  {
    cacheTtlSeconds = 30,
    ...parts
  }: Partial<Omit<FrontServerParts, 'publicApi'>> & { cacheTtlSeconds?: number } = {},
) => {
  const { publicApi, sitePages } = createPublicRoutes({
    payload,
    publicUrl: 'http://cms.test',
    maxAge: 60,
    staleWhileRevalidate: 600,
    cacheTtlSeconds,
    ...(clock ? { now: () => clock.now } : {}),
  })
  const server = createFrontServer({
    publicApi,
    sitePages,
    next: (_request, response) => {
      response.writeHead(404).end()
    },
    ...parts,
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    publicApi,
    sitePages,
    get: (path: string, headers: Record<string, string> = {}) =>
      fetch(`${origin}${path}`, { headers }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
