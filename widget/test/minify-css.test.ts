import { expect, test } from 'vitest'
import { minifyCss } from '../scripts/minify-css.ts'
import { styles } from '../src/campaign-banner.styles.ts'

test('drops comments, whitespace, needless quotes and leading zeros; keeps descendant combinators', () => {
  expect(
    minifyCss(`
      /* why */
      .card [part='body'],
      a > b {
        gap: 0.5em 1em;
        color: var(--x, #fff) !important;
      }
      @media (forced-colors: active) { section { border: 1px solid } }
    `),
  ).toBe(
    '.card [part=body],a>b{gap:.5em 1em;color:var(--x,#fff)!important}' +
      '@media (forced-colors:active){section{border:1px solid}}',
  )
})

test('keeps the quotes a value needs and the digits of other numbers', () => {
  expect(minifyCss("[title='a b'],[x='1a'],[y='-']{width:10.5em;margin:0 0.25em}")).toBe(
    "[title='a b'],[x='1a'],[y='-']{width:10.5em;margin:0 .25em}",
  )
})

test("the banner's CSS keeps its rules", () => {
  const css = minifyCss(styles)
  expect(css.match(/\{/g)?.length).toBe(styles.match(/\{/g)?.length)
  expect(css).toContain(
    ':host{all:unset!important;display:block!important;min-height:var(--campaign-min-height)!important}',
  )
  expect(css.length).toBeLessThan(styles.length * 0.8)
})
