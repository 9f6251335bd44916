// Reading PNGs in tests: the size a PNG declares (its IHDR chunk, as a browser reads it) and how
// far two images are apart, pixel by pixel.
import sharp from 'sharp'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from the IHDR chunk, which must come first; throws for anything not a PNG. */
export const pngSize = (bytes: Buffer): { width: number; height: number } => {
  if (!bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG')
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** The colour channels of an image, alpha flattened onto white. */
const pixels = async (bytes: Buffer) =>
  sharp(bytes).flatten({ background: '#fff' }).raw().toBuffer({ resolveWithObject: true })

/** Mean absolute difference per channel (0 the same, 255 opposite); images of one size only. */
export const meanDifference = async (a: Buffer, b: Buffer): Promise<number> => {
  const [left, right] = [await pixels(a), await pixels(b)]
  if (left.info.width !== right.info.width || left.info.height !== right.info.height) {
    throw new Error(
      `sizes differ: ${left.info.width}×${left.info.height}, ${right.info.width}×${right.info.height}`,
    )
  }
  let sum = 0
  for (let i = 0; i < left.data.length; i++)
    sum += Math.abs((left.data[i] ?? 0) - (right.data[i] ?? 0))
  return sum / left.data.length
}

/** The colour at (x, y), '#rrggbb'. */
export const pixelAt = async (bytes: Buffer, x: number, y: number): Promise<string> => {
  const { data, info } = await pixels(bytes)
  const i = (y * info.width + x) * info.channels
  return `#${[...data.subarray(i, i + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`
}
