import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'

import type { PublicApi } from '../public/publicApi'
import { PUBLIC_PREFIX } from '../public/publicApi'

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

/**
 * The process's one HTTP server: the public API is answered here, from memory, without the
 * Next/Payload request pipeline; everything else (admin, Payload REST/GraphQL) goes to Next.
 */
export const createFrontServer = ({ publicApi, next }: { publicApi: PublicApi; next: Handler }) =>
  createServer((request, response) => {
    if (request.url?.startsWith(PUBLIC_PREFIX)) {
      void publicApi.handle(request, response)
      return
    }
    void next(request, response)
  })
