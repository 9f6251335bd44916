// The edition's image for the banner image, read from the CMS's own media folder (never over the
// network: the URL only names the file) and cut to the variant's box once per render.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import type { PreparedImage } from './layout'

/** Reads the bytes behind a media URL the CMS serves; null for any other URL or a missing file. */
export type MediaReader = (url: string) => Promise<Buffer | null>

/** Payload's route for an upload's file: `/api/media/file/<filename>`. */
const MEDIA_FILE_PATH = '/api/media/file/'

/**
 * The file a media URL of this CMS names, inside `mediaDir`; null for anything else. `origins`
 * are the CMS's own (its public address, and Payload's server URL that upload URLs carry).
 */
export const mediaFileOf = (
  url: string,
  origins: readonly string[],
  mediaDir: string,
): string | null => {
  const parsed = URL.parse(url)
  if (!parsed || !origins.some((origin) => URL.parse(origin)?.origin === parsed.origin)) return null
  if (!parsed.pathname.startsWith(MEDIA_FILE_PATH)) return null
  let filename: string
  try {
    filename = decodeURIComponent(parsed.pathname.slice(MEDIA_FILE_PATH.length))
  } catch {
    return null
  }
  // One plain file name: no folder, no way up.
  if (!filename || filename !== path.basename(filename) || filename.startsWith('.')) return null
  return path.join(mediaDir, filename)
}

export const createMediaReader =
  ({ origins, mediaDir }: { origins: readonly string[]; mediaDir: string }): MediaReader =>
  async (url) => {
    const file = mediaFileOf(url, origins, mediaDir)
    return file ? readFile(file).catch(() => null) : null
  }

/** The image cut to cover `box` × scale, as a PNG data URL; null when it cannot be decoded. */
export const prepareImage = async (
  bytes: Buffer,
  box: { width: number; height: number },
  scale: number,
): Promise<PreparedImage | null> => {
  try {
    const png = await sharp(bytes, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize(box.width * scale, box.height * scale, { fit: 'cover' })
      .png()
      .toBuffer()
    return { src: `data:image/png;base64,${png.toString('base64')}`, ...box }
  } catch {
    return null
  }
}
