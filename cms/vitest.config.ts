import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

// Integration tests boot Payload on a fresh database and media folder per file (see
// test/setup/isolatedEnvironment.ts), so two files run at once, one per core: 4.6 min instead of
// about 7 for the 67 files here. More workers measured slower (5.1 min): the cores are full.
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
