import { expect, test } from 'vitest'
import { minifyCss } from '../scripts/minify-css.ts'
import { styles } from '../src/campaign-banner.styles.ts'

test('drops comments and whitespace, keeps descendant combinators', () => {
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
    ".card [part='body'],a>b{gap:0.5em 1em;color:var(--x,#fff)!important}" +
      '@media (forced-colors:active){section{border:1px solid}}',
  )
})

test("the banner's CSS keeps its rules", () => {
  const css = minifyCss(styles)
  expect(css.match(/\{/g)?.length).toBe(styles.match(/\{/g)?.length)
  expect(css).toContain(':host{all:unset!important;display:block!important}')
  expect(css.length).toBeLessThan(styles.length * 0.8)
})
