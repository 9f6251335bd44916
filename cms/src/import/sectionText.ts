// The theme and the messages, read from their sections.
import type { Section } from './outline'
import type { Piece } from './piece'
import { trimSpaces } from './piece'
import { quotedParts, unquote } from './quotes'
import { headingContent } from './sectionHeadings'

/** What a section says: the heading line's own content, then each of its lines. */
export const sectionContent = (section: Section): Piece[] => {
  const inline = headingContent(section.heading.body)
  return [...(inline ? [inline] : []), ...section.lines.map((line) => line.body)]
}

/** "Chủ đề …: “…”." gives what is between the quotes; an unquoted theme loses its full stop. */
export const readTheme = (section: Section): Piece | null => {
  for (const piece of sectionContent(section)) {
    const theme = quotedParts(piece)?.[0] ?? unquote(trimSpaces(piece))
    if (theme.text !== '') return theme
  }
  return null
}

/** One message per list item, or per quoted part where a line holds several. */
export const readMessages = (section: Section): Piece[] =>
  sectionContent(section)
    .flatMap((piece) => quotedParts(piece) ?? [unquote(trimSpaces(piece))])
    .filter((message) => message.text !== '')
