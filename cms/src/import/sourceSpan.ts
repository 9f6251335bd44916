import type { Piece } from './piece'
import { pieceEnd } from './piece'
import type { SourceSpan } from './types'

/** Turns offsets into the spans the editor sees (offsets and 1-based line numbers). */
export interface SpanMaker {
  span: (start: number, end: number) => SourceSpan
  spanOf: (first: Piece, last?: Piece) => SourceSpan
}

export const spanMaker = (text: string): SpanMaker => {
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineStarts.push(at + 1)
  }
  const lineAt = (offset: number): number => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
  const span = (start: number, end: number): SourceSpan => ({
    start,
    end,
    startLine: lineAt(start),
    endLine: lineAt(Math.max(start, end - 1)),
  })
  return { span, spanOf: (first, last = first) => span(first.start, pieceEnd(last)) }
}
