// Many GET requests over a few keep-alive sockets, pipelined as raw HTTP/1.1: the load costs the
// test process almost nothing, so the server's own work is what is measured. Counts statuses by
// the status lines in the stream (the bodies under test are JSON, never containing one).
import { connect } from 'node:net'

export const flood = async (
  origin: string,
  paths: (i: number) => string,
  { total, sockets = 8, inFlight = 64 }: { total: number; sockets?: number; inFlight?: number },
): Promise<Map<number, number>> => {
  const { hostname, port } = new URL(origin)
  const statuses = new Map<number, number>()
  await Promise.all(
    Array.from(
      { length: sockets },
      (_, k) =>
        new Promise<void>((resolve, reject) => {
          const mine = Math.ceil((total - k) / sockets)
          let sent = 0
          let received = 0
          let pending = ''
          const socket = connect(Number(port), hostname)
          const pump = () => {
            while (sent < mine && sent - received < inFlight) {
              const path = paths(k + sent++ * sockets)
              socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`)
            }
          }
          socket.on('connect', pump)
          socket.on('error', reject)
          socket.on('data', (chunk: Buffer) => {
            pending += chunk.toString('latin1')
            const statusLine = /HTTP\/1\.1 (\d{3}) /g
            let consumed = 0
            for (let match = statusLine.exec(pending); match; match = statusLine.exec(pending)) {
              const status = Number(match[1])
              statuses.set(status, (statuses.get(status) ?? 0) + 1)
              received++
              consumed = statusLine.lastIndex
            }
            pending = pending.slice(consumed)
            if (received >= mine) {
              socket.end()
              resolve()
            } else pump()
          })
        }),
    ),
  )
  return statuses
}
