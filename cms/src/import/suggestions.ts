// The series name and the year an edition belongs to, suggested from the title and dates.
import type { Piece } from './piece'
import { isSpace, slicePiece, trimPiece } from './piece'

// A yearly campaign's name starts with what it is; lower-case "tháng 11" is a date, not a name.
const SERIES_START =
  /(?:Tháng hành động|Tháng|Tuần lễ|Tuần|Ngày|Chiến dịch|Cuộc vận động|Phong trào|Chương trình) /u
// It ends before the year or the body that runs it ("… năm 2021 của Sở …", "… Tết 2025").
const SERIES_END = / năm \d{4}| \d{4}(?!\d)| của |[:(“"]/u

const isEdge = (char: string): boolean => isSpace(char) || ',.;-–'.includes(char)

/** "Triển khai Tháng hành động vì … năm 2021 của Sở …" → "Tháng hành động vì …". */
export const seriesNameIn = (title: Piece): Piece | null => {
  const start = SERIES_START.exec(title.text)
  if (!start) return null
  const rest = slicePiece(title, start.index)
  const end = SERIES_END.exec(rest.text.slice(start[0].length))
  const name = trimPiece(
    slicePiece(rest, 0, end ? start[0].length + end.index : rest.text.length),
    isEdge,
  )
  return name.text.split(' ').length >= 2 ? name : null
}

const YEAR_IN_TEXT = /(?:^|[^\d])năm (\d{4})(?!\d)/iu

/** The year of a "năm 2021" in the text, as a piece around the year itself. */
export const yearPieceIn = (text: Piece): Piece | null => {
  const match = YEAR_IN_TEXT.exec(text.text)
  if (!match) return null
  const at = match.index + match[0].length - 4
  return slicePiece(text, at, at + 4)
}

export const yearIn = (text: string): number | null => {
  const year = yearPieceIn({ text, start: 0 })
  return year ? Number(year.text) : null
}
