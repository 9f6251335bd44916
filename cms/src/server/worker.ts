// The jobs worker (scheduled publishing), run as exactly one process beside the web instances:
// `pnpm --filter @campaign/cms jobs:worker`. Payload's own `payload jobs:run --cron` has no
// signal handling, so a SIGTERM could cut a publish in half; this loop stops between runs: on
// SIGTERM or SIGINT it lets the running batch finish (at most SHUTDOWN_TIMEOUT_MS), closes the
// database and exits 0.
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '../env'

const INTERVAL_MS = 60_000

const payload = await getPayload({ config })
let isStopping = false
let running: Promise<void> | null = null
let timer: NodeJS.Timeout | undefined

const runDue = async (): Promise<void> => {
  timer = undefined
  running = payload.jobs
    .run({ allQueues: true })
    .then(() => undefined)
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'jobs run failed' }))
  await running
  running = null
  // Each run starts on the next whole minute, as the cron `* * * * *` did.
  if (!isStopping) timer = setTimeout(() => void runDue(), INTERVAL_MS - (Date.now() % INTERVAL_MS))
}

const stop = async (signal: string): Promise<void> => {
  if (isStopping) return
  isStopping = true
  clearTimeout(timer)
  payload.logger.info(`${signal}: the worker stops after the jobs running now`)
  if (running) {
    const deadline = new Promise((resolve) => setTimeout(resolve, env.shutdownTimeoutMs).unref())
    await Promise.race([running, deadline])
  }
  await payload.destroy()
  process.exit(0)
}

process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
payload.logger.info('jobs worker started: due jobs run every minute')
void runDue()
