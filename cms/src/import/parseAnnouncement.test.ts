import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { announcement2021 } from '../seed/announcement2021'
import { announcementText } from '../seed/fixture'
import { parseAnnouncement } from './parseAnnouncement'
import type { AnnouncementParse, SourceSpan } from './types'

const sourceText = (parse: AnnouncementParse, span: SourceSpan): string =>
  parse.text.slice(span.start, span.end)

const codes = (parse: AnnouncementParse): string[] => parse.problems.map(({ code }) => code).sort()

describe('the 2021 Khánh Hòa announcement', () => {
  const parse = parseAnnouncement(announcementText)

  it('reads the title, theme and window the announcement states', () => {
    expect(parse.title?.value).toBe(announcement2021.title)
    expect(parse.theme?.value).toBe(announcement2021.theme)
    expect(parse.campaignWindow?.value).toEqual(announcement2021.window)
  })

  it('reads both messages without the stray quote and the full stops', () => {
    expect(parse.messages.map(({ value }) => value)).toEqual(announcement2021.messages)
  })

  it('reads four activities, two of them from the third paragraph', () => {
    expect(parse.activities.map(({ title }) => title)).toEqual(announcement2021.activities)
    expect(parse.activities.map(({ details }) => details)).toEqual([null, null, null, null])
    const [, , third, fourth] = parse.activities
    expect(third?.source.startLine).toBe(fourth?.source.startLine)
  })

  it('cites the department’s letter and the province’s plan as printed', () => {
    expect(parse.documents.map(({ source, ...document }) => document)).toEqual([
      {
        type: 'cong-van',
        typeAsPrinted: 'Công văn',
        number: {
          printed: '2768/SLĐTBXHBTXHTEBĐG',
          normalized: '2768/SLĐTBXHBTXHTEBĐG',
          proposed: '2768/SLĐTBXH-BTXHTEBĐG',
        },
        issuer: 'Sở Lao động - Thương binh và Xã hội',
        issuedOn: '2021-11-05',
        summary: announcement2021.documents[0].summary,
      },
      {
        type: 'ke-hoach',
        typeAsPrinted: 'Kế hoạch',
        number: {
          printed: '10909/KH-UBND',
          normalized: '10909/KH-UBND',
          proposed: '10909/KH-UBND',
        },
        issuer: 'UBND tỉnh Khánh Hòa',
        issuedOn: '2021-11-01',
        summary: announcement2021.documents[1].summary,
      },
    ])
  })

  it('proposes the numbers the documents are on record with', () => {
    expect(parse.documents.map(({ number }) => number.proposed)).toEqual(
      announcement2021.documents.map(({ number }) => number),
    )
  })

  it('reads the author, the publication date, the introduction and the suggestions', () => {
    expect(parse.author?.value).toBe(announcement2021.author)
    expect(parse.publishedOn?.value).toBe(announcement2021.publishedOn)
    expect(parse.introduction?.value).toBe(announcement2021.introduction)
    expect(parse.seriesName?.value).toBe(
      'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
    )
    expect(parse.year?.value).toBe(2021)
  })

  it('asks the editor to check the restored hyphen and to upload the attached plan', () => {
    expect(codes(parse)).toEqual(['attachmentMentioned', 'documentHyphenRestored'])
  })

  it('points every value at the text it came from', () => {
    const at = (span: SourceSpan | undefined) => (span ? sourceText(parse, span) : '')
    expect(at(parse.theme?.source)).toBe(parse.theme?.value)
    expect(at(parse.campaignWindow?.source)).toBe('Từ ngày 15/11/2021 đến ngày 15/12/2021')
    expect(at(parse.messages[0]?.source)).toBe(announcement2021.messages[0])
    expect(at(parse.documents[0]?.source)).toMatch(/^Công văn số 2768\/SLĐTBXHBTXHTEBĐG ngày/)
    expect(at(parse.author?.source)).toBe('Xuân Phương')
    expect(parse.theme?.source.startLine).toBe(9)
    expect(parse.campaignWindow?.source.startLine).toBe(11)
    expect(parse.author?.source.startLine).toBe(29)
  })
})

const FIXTURES = new URL('./fixtures/', import.meta.url)
const variants = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'))

/** A parse as the expected files write it: values only, problems by code. */
const summary = (parse: AnnouncementParse) => ({
  title: parse.title?.value ?? null,
  seriesName: parse.seriesName?.value ?? null,
  year: parse.year?.value ?? null,
  theme: parse.theme?.value ?? null,
  campaignWindow: parse.campaignWindow?.value ?? null,
  messages: parse.messages.map(({ value }) => value),
  activities: parse.activities.map(({ title, details }) => ({ title, details })),
  documents: parse.documents.map(({ source, ...document }) => document),
  introduction: parse.introduction?.value ?? null,
  publishedOn: parse.publishedOn?.value ?? null,
  author: parse.author?.value ?? null,
  problems: codes(parse),
})

describe('variant announcements', () => {
  it('has at least eight, each with its expected parse', () => {
    expect(variants.length).toBeGreaterThanOrEqual(8)
    for (const name of variants) {
      expect(readdirSync(FIXTURES)).toContain(name.replace(/\.txt$/, '.expected.json'))
    }
  })

  it.each(variants)('%s reads as expected', (name) => {
    const text = readFileSync(new URL(name, FIXTURES), 'utf8')
    const expected: unknown = JSON.parse(
      readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), FIXTURES), 'utf8'),
    )
    expect(summary(parseAnnouncement(text))).toEqual(expected)
  })

  it.each(variants)('%s: every text value is found where its source points', (name) => {
    const parse = parseAnnouncement(readFileSync(new URL(name, FIXTURES), 'utf8'))
    const texts = [
      parse.title,
      parse.seriesName,
      parse.theme,
      parse.author,
      ...parse.messages,
      ...parse.activities.map(({ title, source }) => ({ value: title, source })),
    ].filter((value) => value !== null)
    for (const { value, source } of texts) expect(sourceText(parse, source)).toContain(value)
    for (const { number, source } of parse.documents) {
      expect(sourceText(parse, source)).toContain(number.printed)
    }
  })

  it('reads a Windows, decomposed, non-breaking-space copy like the original', () => {
    const original = summary(parseAnnouncement(announcementText))
    const copy = summary(
      parseAnnouncement(readFileSync(new URL('03-crlf-nfd-nbsp-lookalike.txt', FIXTURES), 'utf8')),
    )
    const withoutNumbers = ({ documents, introduction, problems, ...rest }: typeof original) => rest
    expect(withoutNumbers(copy)).toEqual(withoutNumbers(original))
  })
})

const MEGABYTE = 1024 * 1024
const megabyteOf = (unit: string): string => unit.repeat(Math.ceil(MEGABYTE / unit.length))

describe('text that is no announcement', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n\u00a0 \u200b '],
    ['a megabyte of spaces of every kind', megabyteOf(' \u00a0\t\u2003\r\n')],
  ])('%s text says there is nothing to read', (_, text) => {
    const parse = parseAnnouncement(text)
    expect(codes(parse)).toEqual(['empty'])
    expect(parse.problems[0]?.message.vi).toBe('Không có nội dung để đọc.')
  })

  it('HTML source says so, and what it could not find', () => {
    const html =
      '<!DOCTYPE html><html><body><div class="news"><h1>Thông báo</h1><p>Nội dung</p></div></body></html>'
    const parse = parseAnnouncement(html)
    expect(codes(parse)).toEqual(
      expect.arrayContaining(['html', 'themeMissing', 'windowMissing', 'messagesMissing']),
    )
    expect(parse.problems.map(({ message }) => message.vi)).toContain(
      'Không tìm thấy thời gian diễn ra.',
    )
  })

  it.each([
    ['prose without sections', megabyteOf('Bình đẳng giới là mục tiêu phát triển. ')],
    ['the announcement again and again', megabyteOf(`${announcementText}\n`)],
    ['the announcement on one line', megabyteOf(announcementText.replace(/\n/g, ' '))],
    ['a run of one punctuation mark', `${'.'.repeat(MEGABYTE)}x`],
    ['slashes and digits', megabyteOf('1/')],
    ['half-written document numbers', megabyteOf('Kế hoạch số 12 / KH-')],
    ['opening quotes', megabyteOf('“')],
    ['half-written date ranges', megabyteOf('từ 15/11 ')],
    ['list marks', megabyteOf('1. \n- ')],
    ['headings', megabyteOf('Thời gian: từ 1\nChủ đề: “x\n')],
    ['HTML', megabyteOf('<p>Chủ đề: <b>x</b></p>\n')],
  ])('a megabyte of %s is read to the end with problems, not a crash', (_, text) => {
    const parse = parseAnnouncement(text)
    expect(parse.problems.length).toBeGreaterThan(0)
    expect(parse.documents.length).toBeLessThanOrEqual(30)
  })

  it('a megabyte of prose is flagged as too long to be an announcement', () => {
    const parse = parseAnnouncement(megabyteOf('Bình đẳng giới là mục tiêu phát triển. '))
    expect(codes(parse)).toContain('tooLong')
  })

  it('a register of hundreds of documents is read up to its cap, and says so', () => {
    const register = Array.from({ length: 200 }, (_, i) => `Kế hoạch số ${i + 1}/KH-UBND`)
    const parse = parseAnnouncement(register.join('\n'))
    expect(parse.documents).toHaveLength(30)
    expect(codes(parse)).toContain('documentsTooMany')
  })
})

describe('what the editor is asked to check', () => {
  const problemsOf = (text: string) => parseAnnouncement(text).problems

  it('a window that ends before it starts is read, and flagged', () => {
    const parse = parseAnnouncement('Thời gian: từ ngày 15/12/2021 đến ngày 15/11/2021.')
    expect(parse.campaignWindow?.value).toEqual({ start: '2021-12-15', end: '2021-11-15' })
    expect(parse.problems.find(({ code }) => code === 'windowEndsBeforeStart')?.message.vi).toBe(
      'Ngày kết thúc (15/11/2021) trước ngày bắt đầu (15/12/2021).',
    )
  })

  it('a window with a day that does not exist is not read, and says which', () => {
    const unread = problemsOf('Thời gian: từ ngày 31/11/2021 đến ngày 15/12/2021.').find(
      ({ code }) => code === 'windowUnreadable',
    )
    expect(unread?.message.vi).toContain('từ ngày 31/11/2021 đến ngày 15/12/2021')
    expect(unread?.source?.startLine).toBe(1)
  })

  it('a year taken from the publication date says so in both languages', () => {
    const assumed = problemsOf('11/11/2021\nThời gian: từ ngày 15/11 đến ngày 15/12.').find(
      ({ code }) => code === 'windowYearAssumed',
    )
    expect(assumed?.message).toEqual({
      vi: 'Thời gian diễn ra không ghi năm; đã lấy năm 2021 từ ngày đăng.',
      en: 'The campaign window gives no year; 2021 was taken from the publication date.',
    })
  })

  it('a section no field takes is listed with its heading', () => {
    const notRead = problemsOf(
      'I. MỤC ĐÍCH\nNâng cao nhận thức.\nII. CHỦ ĐỀ\n“Chấm dứt bạo lực”',
    ).filter(({ code }) => code === 'sectionNotRead')
    expect(notRead.map(({ message }) => message.vi)).toEqual([
      'Mục “I. MỤC ĐÍCH” không thuộc phần nào của chiến dịch và không được đọc.',
    ])
  })
})
