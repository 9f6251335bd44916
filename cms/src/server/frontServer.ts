import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'

import type { PublicApi } from '../public/publicApi'
import { PUBLIC_PREFIX } from '../public/publicApi'
import type { createDemoPages } from './demoPages'
import { DEMO_PREFIX } from './demoPages'
import type { LoginThrottle } from './loginThrottle'
import type { createWidgetAssets } from './widgetAssets'
import { WIDGET_PREFIX } from './widgetAssets'

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

export interface FrontServerParts {
  publicApi: PublicApi
  next: Handler
  widget?: ReturnType<typeof createWidgetAssets>
  demo?: ReturnType<typeof createDemoPages>
  loginThrottle?: LoginThrottle
}

/**
 * The process's one HTTP server. What every portal visitor asks for (the public API and the
 * widget file) is answered here from memory, without the Next/Payload request pipeline;
 * everything else (admin, Payload REST/GraphQL) goes to Next.
 */
export const createFrontServer = ({
  publicApi,
  next,
  widget,
  demo,
  loginThrottle,
}: FrontServerParts) =>
  createServer((request, response) => {
    const url = request.url ?? '/'
    if (url.startsWith(PUBLIC_PREFIX)) {
      void publicApi.handle(request, response)
    } else if (widget && url.startsWith(WIDGET_PREFIX)) {
      widget.handle(request, response)
    } else if (demo && (url.startsWith(DEMO_PREFIX) || url === '/demo')) {
      if (url === '/demo') {
        response.writeHead(301, { location: DEMO_PREFIX }).end()
      } else {
        demo.handle(request, response)
      }
    } else if (!loginThrottle?.refuse(request, response)) {
      void next(request, response)
    }
  })
