// The CMS process: one Node HTTP server in front of Next. Next serves the admin and Payload's
// APIs; routes that must stay fast on every visitor request are answered here first.
import { createServer } from 'node:http'

import next from 'next'

import { cmsRoot, env } from '../env'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const app = next({ dev: !env.isProduction, dir: cmsRoot, turbopack: true, port: env.port })
const handleWithNext = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  void handleWithNext(request, response)
})

server.listen(env.port, () => {
  console.log(`CMS ready: ${env.publicUrl}/admin (listening on port ${env.port})`)
})

const shutDown = () => {
  server.close(() => process.exit(0))
  // Keep-alive connections would hold the process open; give them a moment, then leave.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGINT', shutDown)
process.on('SIGTERM', shutDown)
