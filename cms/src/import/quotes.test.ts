import { describe, expect, it } from 'vitest'

import { quotedParts, unquote } from './quotes'

const piece = (text: string) => ({ text, start: 0 })
const texts = (pieces: Array<{ text: string }> | null) => pieces?.map(({ text }) => text) ?? null

describe('messages in quotes', () => {
  it.each([
    ['“Giãn cách xã hội, kết nối yêu thương”.', 'Giãn cách xã hội, kết nối yêu thương'],
    ['"Bạo lực không phải là giải pháp".', 'Bạo lực không phải là giải pháp'],
    ['«Hãy lắng nghe trẻ em nói»', 'Hãy lắng nghe trẻ em nói'],
    ['Bình đẳng giới là chìa khóa”.', 'Bình đẳng giới là chìa khóa'],
    ['“Hãy lên tiếng khi bị bạo lực', 'Hãy lên tiếng khi bị bạo lực'],
    ['“Chấp hành luật giao thông.”', 'Chấp hành luật giao thông'],
    ['Hãy lên tiếng khi bạn chứng kiến bạo lực!', 'Hãy lên tiếng khi bạn chứng kiến bạo lực!'],
    ['Nói “không” với bạo lực', 'Nói “không” với bạo lực'],
  ])('%s reads as %s', (text, message) => {
    expect(unquote(piece(text)).text).toBe(message)
  })

  it('splits a line of several quoted messages', () => {
    expect(texts(quotedParts(piece('“A một”, “B hai” và “C ba”.')))).toEqual([
      'A một',
      'B hai',
      'C ba',
    ])
    expect(texts(quotedParts(piece('"A một"; "B hai"')))).toEqual(['A một', 'B hai'])
  })

  it('does not split a sentence that quotes a word', () => {
    expect(quotedParts(piece('Tổ chức diễn đàn “Tiếng nói trẻ em” tại trường'))).toBeNull()
    expect(quotedParts(piece('“Không đóng'))).toBeNull()
  })

  it('keeps the offsets of what it keeps', () => {
    expect(unquote({ text: ' “Giãn cách”.', start: 40 })).toEqual({ text: 'Giãn cách', start: 42 })
  })
})
