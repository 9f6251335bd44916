'use client'
// The announcement's lines a value came from, numbered as pasted, with the part read marked.
import type { SourceSpan } from '../../import/types'

export interface SourceText {
  text: string
  /** Offset of each line's first character. */
  lineStarts: number[]
}

export const sourceTextOf = (text: string): SourceText => {
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineStarts.push(at + 1)
  }
  return { text, lineStarts }
}

export const SourceLines = ({
  source,
  span,
  lineLabel,
}: {
  source: SourceText
  span: SourceSpan | null
  lineLabel: string
}) => {
  if (span === null) return <div className="import-announcement__source" />
  const lines = []
  for (let line = span.startLine; line <= span.endLine; line++) {
    const from = source.lineStarts[line - 1] ?? 0
    const next = source.lineStarts[line]
    const to = next === undefined ? source.text.length : next - 1
    const [markFrom, markTo] = [Math.max(from, span.start), Math.min(to, span.end)]
    lines.push(
      <div key={line} className="import-announcement__line">
        <span className="import-announcement__line-number">
          {lineLabel} {line}
        </span>{' '}
        {source.text.slice(from, markFrom)}
        <mark>{source.text.slice(markFrom, markTo)}</mark>
        {source.text.slice(markTo, to)}
      </div>,
    )
  }
  return <blockquote className="import-announcement__source">{lines}</blockquote>
}
