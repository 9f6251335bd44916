// The document a snippet's live preview shows: the snippet exactly as a webmaster pastes it, on an
// otherwise empty page (with the script snippet's stylesheet rule, as a portal's stylesheet has it).
import type { Locale } from '@campaign/shared/routes'

export const previewDocument = ({
  snippet,
  css = '',
  lang,
}: {
  snippet: string
  /** Our own constant rules, never an editor's text. */
  css?: string
  lang: Locale
}): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  // Links open in a new tab, not inside the preview.
  '<base target="_blank">' +
  '<style>html,body{margin:0;background:transparent}' +
  `body{display:flow-root;font-family:system-ui,sans-serif;line-height:1.5}${css}</style>` +
  `</head><body>${snippet}</body></html>`
