// The bundled font draws every Vietnamese letter: each one differently from its unmarked letter
// (the tone mark is there) and from the box a missing glyph gets, in both weights.
import { createElement as h } from 'react'
import satori from 'satori'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { BANNER_FONT_FAMILY, bannerFonts } from './fonts'

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
// None, huyền, sắc, hỏi, ngã, nặng.
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
const MISSING = '\uE000' // a private-use code point no font here has

/** Every letter of the Vietnamese alphabet with the letter it is made from. */
const LETTERS: [letter: string, base: string][] = [
  ...VOWELS.flatMap((vowel) => TONES.map((tone) => [(vowel + tone).normalize('NFC'), vowel])),
  ['đ', 'd'],
  ['ă', 'a'],
  ['â', 'a'],
  ['ê', 'e'],
  ['ô', 'o'],
  ['ơ', 'o'],
  ['ư', 'u'],
].flatMap(([letter = '', base = '']) => [
  [letter, base],
  [letter.toUpperCase(), base.toUpperCase()],
])

const CELL = { width: 24, height: 32 }
const COLUMNS = 20

/** Draws each text in a cell of its own; returns each cell's grey pixels. */
const drawCells = async (texts: string[], weight: 400 | 700): Promise<Buffer[]> => {
  const width = CELL.width * COLUMNS
  const height = CELL.height * Math.ceil(texts.length / COLUMNS)
  const cells = texts.map((text) =>
    h('div', { style: { display: 'flex', ...CELL, justifyContent: 'center' } }, text),
  )
  const svg = await satori(
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexWrap: 'wrap',
          width,
          height,
          background: '#fff',
          color: '#000',
          fontFamily: BANNER_FONT_FAMILY,
          fontSize: 20,
          fontWeight: weight,
        },
      },
      ...cells,
    ),
    { width, height, fonts: bannerFonts() },
  )
  const { data } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({
    resolveWithObject: true,
  })
  return texts.map((_, i) => {
    const [left, top] = [(i % COLUMNS) * CELL.width, Math.floor(i / COLUMNS) * CELL.height]
    const rows = Array.from({ length: CELL.height }, (_, y) => {
      const start = (top + y) * width + left
      return data.subarray(start, start + CELL.width)
    })
    return Buffer.concat(rows)
  })
}

describe('bannerFonts', () => {
  it('reads Noto Sans regular and bold from the installed package, once', () => {
    const fonts = bannerFonts()
    expect(fonts.map(({ name, weight }) => [name, weight])).toEqual([
      [BANNER_FONT_FAMILY, 400],
      [BANNER_FONT_FAMILY, 700],
    ])
    // TrueType files ('\0\1\0\0'), each the complete font.
    for (const { data } of fonts) {
      expect(Buffer.from(data as Buffer).readUInt32BE(0)).toBe(0x00010000)
      expect((data as Buffer).length).toBeGreaterThan(400_000)
    }
    expect(bannerFonts()).toBe(fonts)
  })

  it.each([400, 700] as const)(
    'draws each Vietnamese letter with its marks, weight %i',
    async (weight) => {
      const texts = [MISSING, ...LETTERS.flatMap(([letter, base]) => [letter, base])]
      const [missing, ...cells] = await drawCells(texts, weight)
      const wrong: string[] = []
      LETTERS.forEach(([letter, base], i) => {
        const [drawn, unmarked] = [cells[2 * i], cells[2 * i + 1]]
        if (!drawn || !missing || !unmarked) throw new Error('a cell is missing')
        if (drawn.equals(missing)) wrong.push(`${letter}: no glyph`)
        else if (letter !== base && drawn.equals(unmarked))
          wrong.push(`${letter}: drawn as ${base}`)
      })
      expect(wrong).toEqual([])
    },
  )
})
