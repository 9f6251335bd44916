import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // shared/ ships TypeScript source; Next compiles it like our own.
  transpilePackages: ['@campaign/shared'],
  poweredByHeader: false,
  // `pnpm typecheck` (next typegen, then tsc over the same files and route types) gates every
  // test run before the build; checking again here cost the build about 25 s.
  typescript: { ignoreBuildErrors: true },
  // The front server (src/server/main.ts) starts Payload from node_modules and Next's handlers
  // reuse that instance; bundled into .next, `payload` was a second copy whose ValidationError
  // the first copy's errors were not instances of, so production REST answers lost each invalid
  // field's path and the admin marked no field.
  serverExternalPackages: ['payload'],
  experimental: {
    // Next keeps Turbopack's work on disk for the next build; a CI run starts from a clean clone
    // and never reads it, and writing it cost 17 s of the build there.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
