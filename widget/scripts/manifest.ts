// Vite plugin for the last build: writes dist/manifest.json, which the CMS reads to serve the
// widget (content-hashed names for immutable caching, Subresource Integrity, sizes), and a copy
// of each file under its hashed name.
import { createHash } from 'node:crypto'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

export const FILES = ['campaign-banner.js', 'campaign-banner.classic.js'] as const

export interface ManifestEntry {
  hashed: string
  integrity: string
  bytes: number
  gzip: number
  brotli: number
}

export interface Manifest {
  files: Record<string, ManifestEntry>
}

export function measure(code: Buffer, name: string): ManifestEntry {
  const hash = (algorithm: string) => createHash(algorithm).update(code)
  return {
    hashed: name.replace(/\.js$/, `.${hash('sha256').digest('hex').slice(0, 8)}.js`),
    integrity: 'sha384-' + hash('sha384').digest('base64'),
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  }
}

export function manifest(outDir: string): Plugin {
  return {
    name: 'campaign-banner-manifest',
    apply: 'build',
    closeBundle() {
      const files: Manifest['files'] = {}
      for (const name of FILES) {
        const entry = measure(readFileSync(join(outDir, name)), name)
        copyFileSync(join(outDir, name), join(outDir, entry.hashed))
        files[name] = entry
      }
      writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ files }, null, 2) + '\n')
    },
  }
}
