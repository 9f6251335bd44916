// A piece is a slice of the cleaned announcement that remembers where it starts, so every value
// read from it can point back at its source.

export interface Piece {
  text: string
  start: number
}

export const pieceEnd = (piece: Piece): number => piece.start + piece.text.length

export const slicePiece = (piece: Piece, from: number, to = piece.text.length): Piece => ({
  text: piece.text.slice(from, to),
  start: piece.start + from,
})

/**
 * Drops characters from both ends while `isTrimmed` holds. A loop, not a `[…]+$` pattern: that
 * pattern is quadratic on a long run of matching characters followed by another one.
 */
export const trimPiece = (piece: Piece, isTrimmed: (char: string) => boolean): Piece => {
  let from = 0
  let to = piece.text.length
  while (from < to && isTrimmed(piece.text[from] as string)) from++
  while (to > from && isTrimmed(piece.text[to - 1] as string)) to--
  return slicePiece(piece, from, to)
}

/** Drops characters from the end only. */
export const trimPieceEnd = (piece: Piece, isTrimmed: (char: string) => boolean): Piece => {
  let to = piece.text.length
  while (to > 0 && isTrimmed(piece.text[to - 1] as string)) to--
  return slicePiece(piece, 0, to)
}

export const isSpace = (char: string): boolean => char === ' ' || char === '\n'

export const trimSpaces = (piece: Piece): Piece => trimPiece(piece, isSpace)

/** The lines of a text that hold something, each as a piece. */
export const linesOf = (text: string): Piece[] => {
  const lines: Piece[] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (end > start) lines.push({ text: text.slice(start, end), start })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}
