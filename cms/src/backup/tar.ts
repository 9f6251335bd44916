// The tar format (POSIX ustar, with a PAX record for long or non-ASCII names), headers only: any
// `tar` reads our archives. No tar library is in the tree; this is the little a backup needs.
export const BLOCK = 512

const TYPE_FILE = '0'
const TYPE_PAX = 'x'

const writeText = (block: Buffer, offset: number, length: number, text: string) => {
  block.write(text, offset, length, 'utf8')
}

const writeOctal = (block: Buffer, offset: number, length: number, value: number) => {
  writeText(block, offset, length - 1, value.toString(8).padStart(length - 1, '0'))
}

const checksumOf = (block: Buffer): number => {
  let sum = 0
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0)
  return sum
}

const header = ({
  name,
  size,
  mtime,
  type,
}: {
  name: string
  size: number
  mtime: Date
  type: string
}): Buffer => {
  const block = Buffer.alloc(BLOCK)
  writeText(block, 0, 100, name)
  writeOctal(block, 100, 8, 0o644)
  writeOctal(block, 108, 8, 0)
  writeOctal(block, 116, 8, 0)
  writeOctal(block, 124, 12, size)
  writeOctal(block, 136, 12, Math.floor(mtime.getTime() / 1000))
  writeText(block, 156, 1, type)
  writeText(block, 257, 6, 'ustar')
  writeText(block, 263, 2, '00')
  writeText(block, 148, 8, `${checksumOf(block).toString(8).padStart(6, '0')}\0 `)
  return block
}

/** Zero bytes that round an entry's data up to whole blocks. */
export const paddingFor = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

/** Two empty blocks close an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2)

const isPlainName = (name: string): boolean =>
  Buffer.byteLength(name) < 100 && /^[\x20-\x7e]+$/.test(name)

/** "<length> path=<name>\n", where the length counts the whole record, its own digits too. */
const paxPathRecord = (name: string): Buffer => {
  const body = ` path=${name}\n`
  let length = Buffer.byteLength(body) + 1
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1
  return Buffer.from(`${length}${body}`)
}

/** The header block(s) of one regular file: a PAX record first when the name needs one. */
export const entryHeader = (name: string, size: number, mtime: Date): Buffer => {
  if (isPlainName(name)) return header({ name, size, mtime, type: TYPE_FILE })
  const pax = paxPathRecord(name)
  return Buffer.concat([
    header({ name: 'PaxHeader', size: pax.length, mtime, type: TYPE_PAX }),
    pax,
    paddingFor(pax.length),
    header({ name: name.slice(0, 99).replace(/[^\x20-\x7e]/g, '_'), size, mtime, type: TYPE_FILE }),
  ])
}

export interface ParsedHeader {
  name: string
  size: number
  type: string
}

const readText = (block: Buffer, offset: number, length: number): string => {
  const field = block.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? length : end).toString('utf8')
}

/** One header block, or null for an empty (end-of-archive) block; throws on a damaged one. */
export const parseHeader = (block: Buffer): ParsedHeader | null => {
  if (block.every((byte) => byte === 0)) return null
  const recorded = parseInt(readText(block, 148, 8).trim(), 8)
  if (recorded !== checksumOf(block)) throw new Error('a tar header is damaged (checksum)')
  const size = parseInt(readText(block, 124, 12).trim() || '0', 8)
  const prefix = readText(block, 345, 155)
  const name = readText(block, 0, 100)
  return {
    name: prefix ? `${prefix}/${name}` : name,
    size,
    type: readText(block, 156, 1) || TYPE_FILE,
  }
}

/** The path a PAX record sets for the next entry, if any. */
export const paxPath = (records: Buffer): string | null => {
  let rest = records.toString('utf8')
  while (rest.length > 0) {
    const space = rest.indexOf(' ')
    const length = Number(rest.slice(0, space))
    if (space <= 0 || !Number.isInteger(length) || length <= 0) return null
    const record = Buffer.from(rest).subarray(0, length).toString('utf8')
    const [key, ...value] = record.slice(space + 1, -1).split('=')
    if (key === 'path') return value.join('=')
    rest = Buffer.from(rest).subarray(length).toString('utf8')
  }
  return null
}

export const isPaxHeader = (type: string): boolean => type === TYPE_PAX
export const isRegularFile = (type: string): boolean => type === TYPE_FILE || type === '\0'
