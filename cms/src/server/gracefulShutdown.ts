// SIGTERM (and SIGINT): stop accepting connections, let the requests in flight finish (at most
// `timeoutMs`, then their connections are cut), run the clean-up steps in order (stop background
// work, close the database), exit 0. Idle keep-alive connections are closed as they become idle,
// so a load balancer's pooled connection does not hold the process open.
import type { Server } from 'node:http'

export interface ShutdownOptions {
  server: Server
  timeoutMs: number
  /** Run after the server has drained, in order; one failing does not skip the others. */
  steps: ReadonlyArray<readonly [name: string, step: () => unknown]>
  log: { info: (message: string) => void; error: (message: string, error: unknown) => void }
  exit?: (code: number) => void
}

/** Resolves once every connection is closed: true if in-flight requests finished in time. */
export const drainServer = (server: Server, timeoutMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    let isInTime = true
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    const deadline = setTimeout(() => {
      isInTime = false
      server.closeAllConnections()
    }, timeoutMs)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
      resolve(isInTime)
    })
    server.closeIdleConnections()
  })

export const createShutdown = ({
  server,
  timeoutMs,
  steps,
  log,
  exit = process.exit,
}: ShutdownOptions) => {
  let isStopping = false
  const shutDown = async (signal: string): Promise<void> => {
    if (isStopping) return
    isStopping = true
    log.info(`${signal}: finishing requests in flight (at most ${timeoutMs} ms), then stopping`)
    const isInTime = await drainServer(server, timeoutMs)
    if (!isInTime) log.info(`requests still running after ${timeoutMs} ms were cut off`)
    for (const [name, step] of steps) {
      try {
        await step()
      } catch (error) {
        log.error(`shutdown step "${name}" failed`, error)
      }
    }
    log.info('stopped')
    exit(0)
  }
  return {
    isStopping: () => isStopping,
    shutDown,
    /** Listens for SIGTERM and SIGINT; a second SIGINT leaves at once (Ctrl-C twice). */
    listen: () => {
      process.on('SIGTERM', () => void shutDown('SIGTERM'))
      process.on('SIGINT', () => {
        if (isStopping) exit(130)
        void shutDown('SIGINT')
      })
    },
  }
}
