import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // shared/ ships TypeScript source; Next compiles it like our own.
  transpilePackages: ['@campaign/shared'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
