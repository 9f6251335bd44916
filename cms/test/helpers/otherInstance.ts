// Starts helpers/instanceProcess.ts in a child process on this test file's database.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'

const script = path.resolve(import.meta.dirname, 'instanceProcess.ts')

const start = (mode: 'web' | 'worker', env: Record<string, string> = {}): ChildProcess =>
  spawn(process.execPath, ['--conditions=development', '--import', 'tsx', script, mode], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })

/** A second web instance (`env` added to this file's): its origin, its output, how to stop it. */
export const startWebInstance = async (env: Record<string, string> = {}) => {
  const child = start('web', env)
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /READY (\S+)/.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`instance exited (${code}) before it was ready`)))
  })
  return {
    origin,
    /** Everything it wrote to stdout so far (its log lines). */
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await once(child, 'exit')
    },
  }
}

/** The jobs worker, once: runs what is due and exits; resolves with its exit code. */
export const runWorkerOnce = async (): Promise<number | null> => {
  const child = start('worker')
  const [code] = (await once(child, 'exit')) as [number | null]
  return code
}
