// Main activities: one per list item; items in another style below one (+ under -, - under a))
// and plain lines after a marked item are its details; a paragraph holding several activities
// joined by " - " (the 2021 announcement's third) is split into them.
import type { MarkedLine } from './listMarkers'
import type { Section } from './outline'
import type { Piece } from './piece'
import { pieceEnd, slicePiece, trimSpaces } from './piece'
import { headingContent } from './sectionHeadings'

export interface ActivityPieces {
  title: Piece
  details: Piece[]
}

// ". - Triển khai": a sentence ends, a dash, a new sentence. "Lao động - Thương binh" does not.
const JOINED = /[.;!?]( [-–•+] )(?=[\p{Lu}“"])/gu

const splitJoined = (title: Piece): Piece[] => {
  const parts: Piece[] = []
  let from = 0
  for (const match of title.text.matchAll(JOINED)) {
    const joiner = match[1] as string
    parts.push(slicePiece(title, from, match.index + 1))
    from = match.index + 1 + joiner.length
  }
  parts.push(slicePiece(title, from))
  return parts.map(trimSpaces).filter((part) => part.text !== '')
}

export const readActivities = (section: Section): ActivityPieces[] => {
  const items: ActivityPieces[] = []
  const inline = headingContent(section.heading.body)
  if (inline && trimSpaces(inline).text !== '')
    items.push({ title: trimSpaces(inline), details: [] })
  const itemStyle = section.lines.find((line) => line.marker !== null)?.marker?.style ?? null
  const isItem = ({ marker }: MarkedLine): boolean =>
    itemStyle === null ? marker === null : marker?.style === itemStyle
  for (const line of section.lines) {
    const current = items.at(-1)
    // "Gồm các hoạt động sau:" before the list introduces it.
    const isLeadIn = current === undefined && !isItem(line) && line.body.text.endsWith(':')
    if (isLeadIn) continue
    if (isItem(line) || current === undefined) items.push({ title: line.body, details: [] })
    else current.details.push(line.body)
  }
  return items.flatMap(({ title, details }) => {
    const parts = splitJoined(title)
    // Details written under a paragraph belong to its last activity.
    return parts.map((part, index) => ({
      title: part,
      details: index === parts.length - 1 ? details.map(trimSpaces) : [],
    }))
  })
}

/** Where an activity's text ends in the source: its last detail line, else its title. */
export const activityEnd = ({ title, details }: ActivityPieces): number =>
  pieceEnd(details.at(-1) ?? title)
