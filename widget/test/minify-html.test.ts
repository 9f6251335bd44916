import { expect, test } from 'vitest'
import { minifyTemplate } from '../scripts/minify-html.ts'

test('drops whitespace next to block tags, keeps one space between inline content', () => {
  expect(
    minifyTemplate([
      `<div part="body">
        <p part="message">
          `,
      `
        </p>
        <a href=`,
      `>link</a>
        <span
          >(`,
      `,
          `,
      `)</span
        >
      </div>`,
    ]),
  ).toEqual([
    '<div part="body"><p part="message">',
    '</p><a href=',
    '>link</a> <span>(',
    ', ',
    ')</span></div>',
  ])
})

test('inside a tag: one space between attributes, none before >', () => {
  expect(
    minifyTemplate([
      `<section
      part="base"
      class=`,
      `
      lang=`,
      `
    >
      <button type="button" @click=`,
      `>
        ×
      </button></section>`,
    ]),
  ).toEqual([
    '<section part="base" class=',
    ' lang=',
    '><button type="button" @click=',
    '>×</button></section>',
  ])
})

test('a template of text keeps its spaces', () => {
  expect(minifyTemplate([' – ', ''])).toEqual([' – ', ''])
})
