// A .docx is a zip; a small one can claim gigabytes once inflated. Its central directory states
// each entry's inflated size, which is checked before anything is inflated.

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_LENGTH = 22
const MAX_COMMENT = 0xffff

/** The inflated size the zip's directory states for all its entries; null when it is no zip. */
export const declaredZipSize = (data: Uint8Array): number | null => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const earliest = Math.max(0, data.length - END_RECORD_LENGTH - MAX_COMMENT)
  let end = -1
  for (let at = data.length - END_RECORD_LENGTH; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end === -1) return null
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null
    total += view.getUint32(at + 24, true)
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  return total
}
