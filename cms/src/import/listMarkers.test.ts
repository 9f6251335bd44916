import { describe, expect, it } from 'vitest'

import { isNextOrdinal, readMarker } from './listMarkers'

const marked = (text: string) => {
  const { marker, body } = readMarker({ text, start: 0 })
  return { style: marker?.style ?? null, label: marker?.label ?? null, body: body.text }
}

describe('the marks in front of a line', () => {
  it.each([
    ['I. MỤC ĐÍCH', 'roman', 'I', 'MỤC ĐÍCH'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['B. NỘI DUNG', 'upper-letter', 'B', 'NỘI DUNG'],
    ['2. Thời gian', 'arabic', '2', 'Thời gian'],
    ['1.Chủ đề', 'arabic', '1', 'Chủ đề'],
    ['3) Thông điệp', 'arabic', '3', 'Thông điệp'],
    ['4.2. Tặng quà', 'decimal', '4.2', 'Tặng quà'],
    ['a) Treo băng rôn', 'letter', 'a', 'Treo băng rôn'],
    ['đ. Tổ chức', 'letter', 'đ', 'Tổ chức'],
    ['(2) Tuyên truyền', 'paren-number', '2', 'Tuyên truyền'],
    ['- Tăng cường', 'dash', '-', 'Tăng cường'],
    ['-Tăng cường', 'dash', '-', 'Tăng cường'],
    ['– Tăng cường', 'dash', '–', 'Tăng cường'],
    ['+ Hỗ trợ', 'plus', '+', 'Hỗ trợ'],
    ['• Bình đẳng', 'bullet', '•', 'Bình đẳng'],
  ])('%s is %s', (text, style, label, body) => {
    expect(marked(text)).toEqual({ style, label, body })
  })

  it.each(['15.11.2021 khai mạc', '11/11/2021', '-15% so với năm trước', 'a.b', 'Xuân Phương'])(
    '%s has none',
    (text) => {
      expect(marked(text)).toEqual({ style: null, label: null, body: text })
    },
  )

  it('tells the next item in a list', () => {
    const at = (text: string) => readMarker({ text, start: 0 }).marker
    const pairs: Array<[string, string, boolean]> = [
      ['1. a', '2. b', true],
      ['II. a', 'III. b', true],
      ['d) a', 'đ) b', true],
      ['d) a', 'e) b', true],
      ['4. a', '1. b', false],
      ['1. a', 'b) b', false],
    ]
    for (const [previous, next, isNext] of pairs) {
      const [a, b] = [at(previous), at(next)]
      expect(a && b && isNextOrdinal(a, b)).toBe(isNext)
    }
  })
})
