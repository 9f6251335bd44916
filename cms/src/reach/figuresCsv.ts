// The figures as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese
// as Windows-1252), CRLF line ends, fields quoted when they hold a quote, comma or line break.
import type { Table } from './figuresTable'

const field = (cell: string | number): string => {
  const text = String(cell)
  // A leading = + - @ would be read as a formula by spreadsheets (CSV injection).
  const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export const figuresCsv = (table: Table): string =>
  '\uFEFF' + table.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
