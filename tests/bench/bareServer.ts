// The baseline: a bare node:http server returning fixed bytes with the endpoint's headers.
// Runs in its own process so it does not share an event loop with the load generator.
import { createServer } from 'node:http'

const body = Buffer.from(process.env.BENCH_BODY ?? '{}', 'base64')
const port = Number(process.env.BENCH_PORT ?? 0)

createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'public, max-age=60, stale-while-revalidate=600',
    'content-length': body.length,
  })
  response.end(body)
}).listen(port, () => {
  process.send?.('ready')
})
