// Compression for fixed bytes (the widget's files, the public API's cached answers): the copies
// are made once, when the bytes are loaded or built, and each request picks the best one its
// Accept-Encoding allows. Visitors on slow phones get brotli or gzip with no proxy in front.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** The compressed copies worth sending: only those smaller than the bytes themselves. */
export type Compressed = Partial<Record<Encoding, Buffer>>

/** Brotli at `quality` (11, the smallest, for files built once; lower for bodies built often). */
export const compress = (body: Buffer, { quality = 11 } = {}): Compressed => {
  const copies: [Encoding, Buffer][] = [
    [
      'br',
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ],
    ['gzip', gzipSync(body, { level: 9 })],
  ]
  return Object.fromEntries(copies.filter(([, copy]) => copy.length < body.length))
}

/** The q-value Accept-Encoding gives `coding` (RFC 9110 §12.5.3): listed, else `*`, else 0. */
const qualityOf = (accepted: Map<string, number>, coding: string): number =>
  accepted.get(coding) ?? accepted.get('*') ?? 0

// Browsers send a handful of distinct headers: each is parsed once (the public API's hot path).
const parsed = new Map<string, Map<string, number>>()

const parse = (acceptEncoding: string): Map<string, number> => {
  const accepted = new Map<string, number>()
  for (const item of acceptEncoding.split(',')) {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase())
    const q = params.find((param) => param.startsWith('q='))
    accepted.set(coding === 'x-gzip' ? 'gzip' : coding, q ? Number(q.slice(2)) || 0 : 1)
  }
  if (parsed.size >= 100) parsed.clear()
  parsed.set(acceptEncoding, accepted)
  return accepted
}

/**
 * The encoding to send: brotli, else gzip, among those the request accepts (q > 0) and we have;
 * null for the bytes as they are.
 */
export const chooseEncoding = (
  acceptEncoding: string | undefined,
  available: Compressed,
): Encoding | null => {
  if (!acceptEncoding) return null
  const accepted = parsed.get(acceptEncoding) ?? parse(acceptEncoding)
  for (const encoding of ['br', 'gzip'] as const)
    if (available[encoding] && qualityOf(accepted, encoding) > 0) return encoding
  return null
}

/** Each representation its own strong ETag: `"abc"` → `"abc-br"`. */
export const etagFor = (etag: string, encoding: Encoding | null): string =>
  encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag
