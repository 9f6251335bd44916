// Pasted announcements carry whatever the portal, Word or the clipboard put in them. Cleaning
// makes them comparable without moving a line: line numbers stay those of the text as pasted.

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\v\f]/g
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
// Tabs, non-breaking and typographic spaces; runs become one space so that patterns can say
// " ?" where they would otherwise need an unbounded " *".
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g

/** NFC, LF line ends, one plain space between words, no spaces at line ends. */
export const cleanAnnouncementText = (raw: string): string =>
  raw
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/^ | $/g, '')
