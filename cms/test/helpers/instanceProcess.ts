// Another CMS instance in its own process, on the test file's database (its environment is the
// parent's): `web` serves the public routes, Payload's REST and the change-marker poll on a free
// port and prints `READY <origin>`; `worker` runs the due jobs once, as `payload jobs:run` does,
// and exits. Started by helpers/otherInstance.ts.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import config from '../../src/payload.config'
import { watchChangeMarker } from '../../src/public/changeMarker'
import { createFrontServer } from '../../src/server/frontServer'
import { createPublicRoutes } from '../../src/server/publicRoutes'
import { payloadHandler } from './payloadHandler'

const mode = process.argv[2]
const payload = await getPayload({ config })

if (mode === 'worker') {
  await payload.jobs.run({ allQueues: true })
  await payload.destroy()
  process.exit(0)
}

const { publicApi, sitePages } = createPublicRoutes({
  payload,
  publicUrl: 'http://cms.test',
  maxAge: 60,
  staleWhileRevalidate: 600,
  cacheTtlSeconds: 30,
})
const rest = payloadHandler(payload.config)
const server = createFrontServer({
  publicApi,
  sitePages,
  next: rest,
  accessLog: payload.logger,
  logError: (error, url) => payload.logger.error({ err: error, msg: `front server: ${url}` }),
})
const watch = watchChangeMarker({ payload })
server.listen(0, '127.0.0.1')
await once(server, 'listening')
process.stdout.write(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}\n`)

process.on('SIGTERM', () => {
  watch.stop()
  server.closeAllConnections()
  server.close(() => void payload.destroy().then(() => process.exit(0)))
})
