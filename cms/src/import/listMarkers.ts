// The marks in front of a line: section numbers (I., 1., A.), list numbers (a), 1), 2.1.) and
// bullets (-, +, •). Sections and lists use the same marks, so the style and the ordinal are
// kept: the reader tells a sibling section from a list item by them.
import type { Piece } from './piece'
import { slicePiece } from './piece'

export type MarkerStyle =
  | 'roman'
  | 'upper-letter'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'paren-number'
  | 'dash'
  | 'plus'
  | 'bullet'

export interface ListMarker {
  style: MarkerStyle
  /** The mark without its punctuation: "IV", "2", "a", "-". */
  label: string
  /** 1 for I., 1., A.; null for bullets and letters (see isNextOrdinal). */
  ordinal: number | null
}

export interface MarkedLine {
  line: Piece
  marker: ListMarker | null
  /** The line without its marker. */
  body: Piece
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 }

const romanValue = (numeral: string): number => {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] as string] ?? 0
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

// Anchored, with bounded repeats only. A mark is followed by a space; bullets and numbers also
// directly by a letter or quote ("-Tăng cường", "1.Chủ đề"), as hand-typed pages have them.
const MARKER =
  /^(?:(?<roman>[IVX]{1,5})[.)]|(?<upper>[A-HJ-UWYZĐ])\.|(?<decimal>\d{1,2}(?:\.\d{1,2}){1,3})\.?|(?<arabic>\d{1,2})[.)]|\(?(?<letter>[a-zđ])\)|(?<dotletter>[a-zđ])\.|\((?<paren>\d{1,2})\)|(?<bullet>[-–—+•·●○◦▪■□►❖✓*]))(?: |(?=[\p{L}“"«]))/u

const markerOf = (groups: Record<string, string | undefined>): ListMarker | null => {
  const { roman, upper, decimal, arabic, paren, bullet } = groups
  const letter = groups.letter ?? groups.dotletter
  if (roman) return { style: 'roman', label: roman, ordinal: romanValue(roman) }
  if (upper) return { style: 'upper-letter', label: upper, ordinal: null }
  if (decimal) {
    return { style: 'decimal', label: decimal, ordinal: Number(decimal.split('.').at(-1)) }
  }
  if (arabic) return { style: 'arabic', label: arabic, ordinal: Number(arabic) }
  if (letter) return { style: 'letter', label: letter, ordinal: null }
  if (paren) return { style: 'paren-number', label: paren, ordinal: Number(paren) }
  if (bullet === undefined) return null
  const style = bullet === '+' ? 'plus' : '-–—'.includes(bullet) ? 'dash' : 'bullet'
  return { style, label: bullet, ordinal: null }
}

const MAY_TOUCH_TEXT = new Set<MarkerStyle>(['dash', 'plus', 'bullet', 'arabic', 'decimal'])

export const readMarker = (line: Piece): MarkedLine => {
  const match = MARKER.exec(line.text)
  const marker = match?.groups ? markerOf(match.groups) : null
  if (!match || !marker) return { line, marker: null, body: line }
  const isSpaced = match[0].endsWith(' ')
  const body = slicePiece(line, match[0].length)
  if ((!isSpaced && !MAY_TOUCH_TEXT.has(marker.style)) || body.text === '') {
    return { line, marker: null, body: line }
  }
  return { line, marker, body }
}

/** Sections are numbered with these; bullets and lower-case letters mark list items. */
export const isSectionStyle = (style: MarkerStyle): boolean =>
  style === 'roman' || style === 'upper-letter' || style === 'arabic' || style === 'decimal'

/** Outline depth of a style: a lower number is a higher level (I. holds 1., which holds a)). */
export const styleRank = (style: MarkerStyle): number =>
  ({
    roman: 0,
    'upper-letter': 1,
    arabic: 2,
    decimal: 3,
    'paren-number': 4,
    letter: 4,
    dash: 5,
    plus: 6,
    bullet: 6,
  })[style]

// Vietnamese lists count a b c d đ e g h i k …; lists in the Latin alphabet are read too.
const ALPHABETS = ['abcdđeghiklmnopqrstuvxy', 'abcdefghijklmnopqrstuvwxyz']

const isNextLetter = (previous: string, next: string): boolean =>
  ALPHABETS.some((alphabet) => {
    const at = alphabet.indexOf(previous.toLowerCase())
    return at !== -1 && alphabet[at + 1] === next.toLowerCase()
  })

/** True when `next` continues `previous` (2. after 1., c) after b), III. after II.). */
export const isNextOrdinal = (previous: ListMarker, next: ListMarker): boolean => {
  if (previous.style !== next.style) return false
  if (previous.ordinal !== null && next.ordinal !== null) {
    return next.ordinal === previous.ordinal + 1
  }
  const isLettered = next.style === 'letter' || next.style === 'upper-letter'
  return isLettered && isNextLetter(previous.label, next.label)
}
