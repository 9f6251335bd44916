import { once } from 'node:events'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { createShutdown } from './gracefulShutdown'

/** A server whose /slow answers after `slowMs`; everything else at once. */
const startServer = async (slowMs: number) => {
  const server = createServer((incoming, outgoing) => {
    const answer = () => outgoing.end('done')
    if (incoming.url === '/slow') setTimeout(answer, slowMs)
    else answer()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const get = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request(url, (incoming) => {
      let body = ''
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()))
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }))
    })
      .on('error', reject)
      .end()
  })

const silent = { info: () => {}, error: () => {} }

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new connections, runs its steps, exits 0', async () => {
    const { server, origin } = await startServer(400)
    const done: string[] = []
    let exitCode: number | null = null
    const shutdown = createShutdown({
      server,
      timeoutMs: 5000,
      steps: [
        ['first', () => done.push('first')],
        ['second', () => done.push('second')],
      ],
      log: silent,
      exit: (code) => (exitCode = code),
    })
    const inFlight = get(`${origin}/slow`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const stopped = shutdown.shutDown('SIGTERM')
    expect(shutdown.isStopping()).toBe(true)
    await expect(get(`${origin}/`)).rejects.toThrow(/ECONNREFUSED/)
    expect(await inFlight).toEqual({ status: 200, body: 'done' })
    await stopped
    expect(done).toEqual(['first', 'second'])
    expect(exitCode).toBe(0)
  })

  it('cuts what is still running after the timeout, and a failing step skips no other', async () => {
    const { server, origin } = await startServer(60_000)
    const done: string[] = []
    let exitCode: number | null = null
    const shutdown = createShutdown({
      server,
      timeoutMs: 200,
      steps: [
        [
          'failing',
          () => {
            throw new Error('no')
          },
        ],
        ['after', () => done.push('after')],
      ],
      log: silent,
      exit: (code) => (exitCode = code),
    })
    const inFlight = get(`${origin}/slow`).catch((error: Error) => error.message)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await shutdown.shutDown('SIGTERM')
    expect(await inFlight).toMatch(/socket hang up|ECONNRESET/)
    expect(done).toEqual(['after'])
    expect(exitCode).toBe(0)
  })
})
