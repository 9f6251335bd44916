// Serves Payload's REST and GraphQL APIs over real HTTP on a free port, through the same
// handlers Next's route files call, so tests speak HTTP without building the admin app.
import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

const toRequest = async (incoming: IncomingMessage, origin: string): Promise<Request> => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
  return new Request(new URL(incoming.url ?? '/', origin), {
    method: incoming.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  })
}

const send = async (response: Response, outgoing: ServerResponse): Promise<void> => {
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies)
  outgoing.writeHead(response.status)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

export const startApiServer = async (config: SanitizedConfig) => {
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  let origin = ''
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const request = await toRequest(incoming, origin)
      const isGraphql = new URL(request.url).pathname === '/api/graphql'
      const response =
        isGraphql && request.method === 'POST'
          ? await graphql(request)
          : await handleEndpoints({ config, request })
      await send(response, outgoing)
    })().catch((error: unknown) => {
      outgoing.writeHead(500).end(String(error))
    })
  })
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
