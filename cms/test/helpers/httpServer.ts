// Serves Payload's REST and GraphQL APIs over real HTTP on a free port (see payloadHandler).
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { SanitizedConfig } from 'payload'

import { KEEP_ALIVE_MS } from '../../src/server/frontServer'
import { payloadHandler } from './payloadHandler'

export const startApiServer = async (config: SanitizedConfig) => {
  const handle = payloadHandler(config)
  let origin = ''
  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(500).end(String(error))
    })
  })
  // As the front server does (src/server/frontServer.ts): fetch closes an idle connection first.
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    /** Signs in over REST, as the admin does; the JWT for `authorization: JWT …`. */
    login: async (email: string, password: string): Promise<string> => {
      const response = await fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      if (response.status !== 200) throw new Error(`login ${email}: HTTP ${response.status}`)
      return ((await response.json()) as { token: string }).token
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
