// Reads an announcement's text into a campaign draft's fields, each with the part of the text it
// came from, and lists what could not be read. Deterministic, no network; never throws, and
// runs in time linear in the text (no pattern here can backtrack over a long line).
import { activityEnd, readActivities } from './activities'
import { readCampaignWindow } from './campaignWindow'
import { suggestedYear, yearHintsOf } from './campaignYear'
import { cleanAnnouncementText } from './cleanText'
import { readClosing, takeTrailer } from './closing'
import { readCitedDocuments } from './documentCitations'
import { readMarker } from './listMarkers'
import { outlineOf } from './outline'
import type { Piece } from './piece'
import { linesOf } from './piece'
import { readPreamble } from './preamble'
import { problem } from './problems'
import { readMessages, readTheme } from './sectionText'
import type { SectionKind } from './sectionHeadings'
import { spanMaker } from './sourceSpan'
import { seriesNameIn } from './suggestions'
import type { AnnouncementParse, ImportProblem, Sourced } from './types'
import { unreadParts } from './unreadParts'

/** Real announcements are a few thousand characters; far more is worth a word to the editor. */
export const LONG_TEXT = 100_000

const HTML_TAG =
  /<\/?(?:!doctype|html|head|body|div|p|span|br|table|tr|td|ul|ol|li|h[1-6]|a|strong|em|b|i|script|style|meta)\b[^<>]{0,500}>/i

const nothingRead = (text: string, problems: ImportProblem[]): AnnouncementParse => ({
  text,
  title: null,
  seriesName: null,
  year: null,
  theme: null,
  campaignWindow: null,
  messages: [],
  activities: [],
  documents: [],
  introduction: null,
  publishedOn: null,
  author: null,
  problems,
})

const readAnnouncement = (text: string): AnnouncementParse => {
  const spans = spanMaker(text)
  const problems: ImportProblem[] = []
  if (HTML_TAG.test(text.slice(0, 20_000))) problems.push(problem('html'))
  if (text.length > LONG_TEXT) problems.push(problem('tooLong', { vars: { size: text.length } }))

  const lines = linesOf(text)
  const marked = lines.map(readMarker)
  const trailer = takeTrailer(marked)
  const outline = outlineOf(marked)
  const preamble = readPreamble(outline.preamble)
  const closing = readClosing([...outline.closing, ...trailer])
  const sectionsOf = (kind: SectionKind) => outline.sections.filter((s) => s.kind === kind)
  const sourced = <T>(value: T, first: Piece, last = first): Sourced<T> => ({
    value,
    source: spans.spanOf(first, last),
  })

  const { title } = preamble
  const publishedOn = preamble.publishedOn ?? closing.publishedOn
  const themeSections = sectionsOf('theme')
  const theme = themeSections.map(readTheme).find((piece) => piece !== null) ?? null
  const themeHeading = themeSections[0]?.heading.body ?? null
  const yearHints = yearHintsOf({ title, themeHeading, publishedOn })
  const window = readCampaignWindow({ sections: outline.sections, lines, yearHints, spans })
  const cited = readCitedDocuments(lines, spans)
  const seriesName = title ? seriesNameIn(title) : null
  const introduction = preamble.introduction
  const [firstIntro, lastIntro] = [introduction[0], introduction.at(-1)]

  const parse: AnnouncementParse = {
    text,
    title: title ? sourced(title.text, title) : null,
    seriesName: seriesName ? sourced(seriesName.text, seriesName) : null,
    year: suggestedYear({ window: window.window, title, publishedOn, spans }),
    theme: theme ? sourced(theme.text, theme) : null,
    campaignWindow: window.window,
    messages: sectionsOf('messages')
      .flatMap(readMessages)
      .map((message) => sourced(message.text, message)),
    activities: sectionsOf('activities')
      .flatMap(readActivities)
      .map((activity) => ({
        title: activity.title.text,
        details: activity.details.map((line) => line.text).join('\n') || null,
        source: spans.span(activity.title.start, activityEnd(activity)),
      })),
    documents: cited.documents,
    introduction:
      firstIntro && lastIntro
        ? sourced(introduction.map((line) => line.text).join('\n'), firstIntro, lastIntro)
        : null,
    publishedOn: publishedOn ? sourced(publishedOn.date, publishedOn.line) : null,
    author: closing.author ? sourced(closing.author.text, closing.author) : null,
    problems,
  }
  problems.push(...window.problems, ...cited.problems)
  problems.push(...unreadParts({ parse, outline, closing, spans }))
  return parse
}

/** The campaign fields an announcement states, each with its source, and what was not read. */
export const parseAnnouncement = (raw: string): AnnouncementParse => {
  const text = cleanAnnouncementText(typeof raw === 'string' ? raw : '')
  if (text.trim() === '') return nothingRead(text, [problem('empty')])
  try {
    return readAnnouncement(text)
  } catch {
    // A reader bug must cost the editor the import, never the admin: they can still type it in.
    return nothingRead(text, [problem('notRead')])
  }
}
