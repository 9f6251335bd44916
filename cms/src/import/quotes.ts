// Messages and themes come in straight or curly quotes, sometimes with one of the pair missing
// ("…trẻ em”." in the 2021 announcement), and end with a full stop the banner does not want.
import type { Piece } from './piece'
import { isSpace, slicePiece, trimPiece } from './piece'

const OPENING = new Set(['“', '«', '„', '"', '‘'])
const CLOSING = new Set(['”', '»', '‟', '"', '’'])

const isEndPunctuation = (char: string): boolean => isSpace(char) || '.,;:'.includes(char)

// What may stand between quoted messages on one line: “A”, “B” và “C”.
const isJoiner = (text: string): boolean =>
  text
    .split(/[\s,;.:–—-]+/u)
    .every((word) => word === '' || word === 'và' || word === 'hoặc' || word === '!')

/** The quoted parts of a line, when the line is nothing but quoted parts; otherwise null. */
export const quotedParts = (piece: Piece): Piece[] | null => {
  const parts: Piece[] = []
  let outside = ''
  let openAt = -1
  for (let i = 0; i < piece.text.length; i++) {
    const char = piece.text[i] as string
    if (openAt === -1 && OPENING.has(char)) openAt = i
    else if (openAt !== -1 && CLOSING.has(char)) {
      parts.push(slicePiece(piece, openAt + 1, i))
      openAt = -1
    } else if (openAt === -1) outside += char
  }
  if (openAt !== -1 || parts.length === 0 || !isJoiner(outside)) return null
  const texts = parts.map(unquote).filter((part) => part.text !== '')
  return texts.length > 0 ? texts : null
}

/**
 * Without the quotes around it (or the stray one at either end) and without a closing full
 * stop, comma or semicolon; "!" and "?" stay.
 */
export const unquote = (piece: Piece): Piece => {
  let current = trimPiece(piece, isEndPunctuation)
  for (let round = 0; round < 3; round++) {
    const { text } = current
    const first = text[0] ?? ''
    const last = text.at(-1) ?? ''
    const hasOpening = OPENING.has(first) || first === "'"
    const hasClosing = CLOSING.has(last) || last === "'"
    const inner = text.slice(1, -1)
    const opensInside = [...inner].some((char) => OPENING.has(char))
    const closesInside = [...inner].some((char) => CLOSING.has(char))
    let next = current
    if (hasOpening && hasClosing && text.length >= 2) next = slicePiece(current, 1, text.length - 1)
    else if (hasOpening && !closesInside) next = slicePiece(current, 1)
    else if (hasClosing && !opensInside) next = slicePiece(current, 0, text.length - 1)
    if (next === current) break
    current = trimPiece(next, isEndPunctuation)
  }
  return current
}
