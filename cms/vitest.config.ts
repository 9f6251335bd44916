import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

// The throw-away databases and media folders (os.tmpdir(), read by the workers and the processes
// tests start) go to memory-backed /dev/shm where the machine has one: the same SQLite files, but
// no test waits on the disk for a commit (a fifth of the access matrix's time on /tmp).
const isWritable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK)
    return true
  } catch {
    return false
  }
}
if (!process.env.TMPDIR && isWritable('/dev/shm')) process.env.TMPDIR = '/dev/shm'

// Integration tests boot Payload on a fresh database and media folder per file (see
// test/setup/isolatedEnvironment.ts), two files at once, one per core (more workers measured
// slower: the cores are full). The two worker processes are reused from file to file, so Payload
// and its drivers load once per worker; the setup file resets what a file could leave behind.
export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(root, 'src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: true,
    isolate: false,
    maxWorkers: 2,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/setup/templateDatabase.ts'],
    setupFiles: ['test/setup/isolatedEnvironment.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
