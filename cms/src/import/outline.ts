// Splits an announcement's lines into its preamble (title, date, introduction), its sections
// and its closing lines (attachments note, "./.", signature).
import type { ListMarker, MarkedLine, MarkerStyle } from './listMarkers'
import { isNextOrdinal, isSectionStyle, styleRank } from './listMarkers'
import type { SectionKind } from './sectionHeadings'
import { foldForMatch, headingKindOf } from './sectionHeadings'

export interface Section {
  kind: SectionKind
  heading: MarkedLine
  lines: MarkedLine[]
}

export interface Outline {
  preamble: MarkedLine[]
  sections: Section[]
  closing: MarkedLine[]
}

interface OpenSection {
  section: Section
  /** Style of the section's first list item: later lines in that style are items too. */
  itemStyle: MarkerStyle | null
  lastItem: ListMarker | null
}

// The body of an official text ends with "./."; portals follow it with attachment links.
const CLOSING_START =
  /^(?:nơi nhận|(?:file|tệp|tập tin) đính kèm|đính kèm|tải về|tải file|xem chi tiết|xem thêm|tin liên quan|các tin khác|tin khác|bài viết liên quan)/u

const isClosingStart = ({ marker, body }: MarkedLine): boolean =>
  marker === null && CLOSING_START.test(foldForMatch(body.text))

export const endsOfficialText = ({ body }: MarkedLine): boolean => body.text.endsWith('./.')

const opensSection = (open: OpenSection | null, line: MarkedLine, kind: SectionKind | null) => {
  const { marker } = line
  if (open === null) return kind !== null || (marker !== null && isSectionStyle(marker.style))
  const { section, itemStyle, lastItem } = open
  // A list that runs on (…, 4., 5.) under a heading numbered 4. is still the list.
  if (marker && lastItem && isNextOrdinal(lastItem, marker) && kind === null) return false
  const headingMarker = section.heading.marker
  if (marker && headingMarker) {
    if (marker.style === headingMarker.style) {
      return isNextOrdinal(headingMarker, marker) || (kind !== null && kind !== section.kind)
    }
    if (styleRank(marker.style) < styleRank(headingMarker.style)) return true
  }
  if (kind === null || kind === section.kind) return false
  if (marker === null) return true
  return section.kind === 'other' || (isSectionStyle(marker.style) && marker.style !== itemStyle)
}

export const outlineOf = (lines: MarkedLine[]): Outline => {
  const outline: Outline = { preamble: [], sections: [], closing: [] }
  let open: OpenSection | null = null
  for (const [index, line] of lines.entries()) {
    // "./." on a plain line under a marked list is the closing remark, not one more item.
    const isClosingRemark = endsOfficialText(line) && line.marker === null && !!open?.itemStyle
    if (isClosingStart(line) || isClosingRemark) {
      outline.closing.push(...lines.slice(index))
      break
    }
    const kind = headingKindOf(line)
    if (opensSection(open, line, kind)) {
      const section: Section = { kind: kind ?? 'other', heading: line, lines: [] }
      outline.sections.push(section)
      open = { section, itemStyle: null, lastItem: null }
    } else if (open === null) {
      outline.preamble.push(line)
    } else {
      open.section.lines.push(line)
      if (line.marker && (open.itemStyle === null || open.itemStyle === line.marker.style)) {
        open.itemStyle = line.marker.style
        open.lastItem = line.marker
      }
    }
    if (open !== null && endsOfficialText(line)) {
      outline.closing.push(...lines.slice(index + 1))
      break
    }
  }
  return outline
}
