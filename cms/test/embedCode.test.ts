// The code the admin gives a webmaster (embedCode.ts) and the code README's "Embed" section gives
// are one and the same, and neither can hold up a portal: tests/e2e measure what they do.
import { readFileSync } from 'node:fs'

import { expect, test } from 'vitest'

import { BAR_HEIGHTS, embedHtml, reservationCss } from '../src/components/embedCode'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const embedSection = readme.slice(readme.indexOf('## Embed the banner'))
const block = (language: string) =>
  new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(embedSection)?.[1]

const options = { site: 'demo-portal', origin: 'https://cms.example', label: 'Tháng hành động' }

test("README's css block is the rule the admin gives", () => {
  expect(block('css')).toBe(reservationCss())
})

test('its bands go from the narrowest up (a later @media rule wins), reserving less as they widen', () => {
  const widths = BAR_HEIGHTS.map(([minWidth]) => minWidth)
  const heights = BAR_HEIGHTS.map(([, height]) => height)
  expect(widths[0]).toBe(0)
  expect(widths).toEqual([...widths].sort((a, b) => a - b))
  expect(heights).toEqual([...heights].sort((a, b) => b - a))
  expect(reservationCss().match(/--campaign-min-height: \d+px/g)).toEqual(
    heights.map((height) => `--campaign-min-height: ${height}px`),
  )
})

test("README's snippet loads the script as the admin's does: async, never render-blocking", () => {
  const script = /<script[^>]*><\/script>/.exec(embedHtml(options))?.[0]
  expect(script).toBe(
    '<script type="module" src="https://cms.example/widget/v1/campaign-banner.js" async></script>',
  )
  expect(block('html')).toContain(script)
  expect(readme).not.toMatch(/\n\s*blocking="render"/)
})

test('the fallback link goes to the portal, its address and words escaped', () => {
  const html = embedHtml({ ...options, link: 'https://portal.example/a?b=1&c="x"', label: 'A < B' })
  expect(html).toContain(
    '<campaign-banner site="demo-portal" variant="bar">\n' +
      '  <a href="https://portal.example/a?b=1&amp;c=&quot;x&quot;">A &lt; B</a>\n' +
      '</campaign-banner>',
  )
})

test('without a portal address there is no fallback link, rather than a dead one', () => {
  const html = embedHtml(options)
  expect(html).toContain('<campaign-banner site="demo-portal" variant="bar"></campaign-banner>')
  expect(html).not.toContain('<a ')
  expect(html).not.toContain('href="#"')
})
