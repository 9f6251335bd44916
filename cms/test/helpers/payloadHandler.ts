// Payload's REST and GraphQL APIs as a node:http handler, through the same handlers Next's route
// files call, so tests speak HTTP (alone, or behind the front server) without building the admin.
import type { IncomingMessage, ServerResponse } from 'node:http'

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

export const payloadHandler = (config: SanitizedConfig) => {
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const request = await toRequest(incoming, `http://${incoming.headers.host ?? 'localhost'}`)
    const isGraphql = new URL(request.url).pathname === '/api/graphql'
    const response =
      isGraphql && request.method === 'POST'
        ? await graphql(request)
        : await handleEndpoints({ config, request })
    await send(response, outgoing)
  }
}
