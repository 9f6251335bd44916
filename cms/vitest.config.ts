import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

// Integration tests boot Payload on a fresh database per file; files run one at a time.
export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(root, 'src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup/isolatedEnvironment.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
