// Serves the widget's built files (widget/dist) under /widget/v1/: content-hashed names are
// immutable for a year, the stable names (what the snippet links) are cached briefly; brotli or
// gzip copies are made once per build.
import { readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import { strongEtag } from '../public/httpSupport'
import type { Compressed } from '../public/contentEncoding'
import { compress } from '../public/contentEncoding'
import { sendStatic, sendText } from './staticAnswer'

export const WIDGET_PREFIX = '/widget/v1/'

interface ManifestEntry {
  hashed: string
  integrity: string
}

interface Asset {
  body: Buffer
  compressed: Compressed
  etag: string
  cacheControl: string
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
const ALIAS = 'public, max-age=300, stale-while-revalidate=86400'

const loadAssets = (distDir: string): Map<string, Asset> => {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as {
    files: Record<string, ManifestEntry>
  }
  const assets = new Map<string, Asset>()
  for (const [name, entry] of Object.entries(manifest.files)) {
    const body = readFileSync(path.join(distDir, name))
    const compressed = compress(body)
    const etag = `"${entry.integrity}"`
    assets.set(name, { body, compressed, etag, cacheControl: ALIAS })
    assets.set(entry.hashed, { body, compressed, etag, cacheControl: IMMUTABLE })
  }
  const manifestBody = readFileSync(path.join(distDir, 'manifest.json'))
  assets.set('manifest.json', {
    body: manifestBody,
    compressed: {},
    etag: strongEtag(manifestBody),
    cacheControl: 'no-cache',
  })
  return assets
}

/** Reloads when the build changes (a rebuild during `pnpm dev`), checked at most once a second. */
export const createWidgetAssets = (distDir: string) => {
  let assets: Map<string, Asset> | null = null
  let loadedMtime = 0
  let checkedAt = 0

  const current = (): Map<string, Asset> | null => {
    const now = Date.now()
    if (assets && now - checkedAt < 1000) return assets
    checkedAt = now
    try {
      const mtime = statSync(path.join(distDir, 'manifest.json')).mtimeMs
      if (!assets || mtime !== loadedMtime) {
        assets = loadAssets(distDir)
        loadedMtime = mtime
      }
    } catch {
      assets = null
    }
    return assets
  }

  return {
    /** Whether a build is there to serve (readiness). */
    isBuilt: (): boolean => current() !== null,
    handle: (request: IncomingMessage, response: ServerResponse): void => {
      const name = (request.url ?? '').slice(WIDGET_PREFIX.length).split('?')[0] ?? ''
      const files = current()
      if (!files) {
        return sendText(
          response,
          503,
          'The widget is not built: run pnpm --filter @campaign/widget build',
        )
      }
      const asset = files.get(name)
      if (!asset) return sendText(response, 404, 'No such widget file.')
      sendStatic(request, response, {
        body: asset.body,
        compressed: asset.compressed,
        etag: asset.etag,
        headers: {
          'content-type': name.endsWith('.json')
            ? 'application/json; charset=utf-8'
            : 'text/javascript; charset=utf-8',
          'cache-control': asset.cacheControl,
          // Module scripts and SRI-checked scripts are fetched in CORS mode from the portal.
          'access-control-allow-origin': '*',
          'cross-origin-resource-policy': 'cross-origin',
        },
      })
    },
  }
}
