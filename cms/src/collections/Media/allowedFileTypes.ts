// What editors may upload, decided from the file's bytes (never its name alone).

export const ALLOWED_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
  'image/webp',
] as const

export type AllowedMimeType = (typeof ALLOWED_MIME_TYPES)[number]

/**
 * Maps what the content sniffer saw to the type we store. A legacy .doc is an OLE compound file,
 * a container Excel/MSI share, so it is accepted only under a .doc name.
 */
export const allowedMimeTypeOf = (
  detectedMime: string | undefined,
  fileName: string,
): AllowedMimeType | null => {
  if (detectedMime === 'application/x-cfb') {
    return /\.doc$/i.test(fileName) ? 'application/msword' : null
  }
  return ALLOWED_MIME_TYPES.find((type) => type === detectedMime) ?? null
}
