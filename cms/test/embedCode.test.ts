// The code the admin gives a webmaster (embedCode.ts) and the code README's "Embed" section gives
// are one and the same, and neither can hold up a portal: tests/e2e measure what they do.
import { readdirSync, readFileSync } from 'node:fs'

import { expect, test } from 'vitest'

import { iframeSnippet } from '../src/embed/iframeSnippet'
import { imageSnippet } from '../src/embed/imageSnippet'
import { portalCsp } from '../src/embed/portalCsp'
import { BAR_HEIGHTS, reservationCss, scriptSnippet } from '../src/embed/scriptSnippet'
import { embedHtml } from '../src/server/pages/embedHtml'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const embedSection = readme.slice(readme.indexOf('## Embed the banner'))
const block = (language: string) =>
  new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(embedSection)?.[1]

const options = { site: 'demo-portal', origin: 'https://cms.example', locale: 'vi' } as const

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

test("README's html block is the snippet the admin gives a site with a portal address", () => {
  expect(block('html')).toBe(
    scriptSnippet({ ...options, link: 'https://portal.example/thang-hanh-dong-2025' }),
  )
})

test('the script is async and never render-blocking', () => {
  const script = /<script[^>]*><\/script>/.exec(scriptSnippet(options))?.[0]
  expect(script).toBe(
    '<script type="module" src="https://cms.example/widget/v1/campaign-banner.js" async></script>',
  )
})

test('no snippet anyone pastes holds up the page: no blocking attribute anywhere', () => {
  // A render-blocking script whose CMS accepts and never answers keeps a portal blank for 30 s+.
  const docs = readdirSync(new URL('../../docs/', import.meta.url)).filter((name) =>
    name.endsWith('.md'),
  )
  const markdown = [
    readme,
    ...docs.map((name) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8')),
  ]
  const readmeHtml = markdown.flatMap((text) =>
    [...text.matchAll(/```html\n([\s\S]*?)\n```/g)].map((match) => match[1]),
  )
  const demoPortal = readFileSync(new URL('../demo/portal.html', import.meta.url), 'utf8')
  const pinned = { hashed: 'campaign-banner.0123abcd.js', integrity: 'sha384-abc+/=' }
  const snippets = [
    // The whole text, prose and inline code too: a reader copies from either.
    ...markdown,
    ...readmeHtml,
    demoPortal,
    scriptSnippet(options),
    scriptSnippet({ ...options, pinned }),
    scriptSnippet({ ...options, link: 'https://portal.example/', locale: 'en' }),
    ...(['bar', 'card'] as const).map((variant) =>
      imageSnippet({ ...options, variant, alt: 'Tháng hành động' }),
    ),
    ...(['bar', 'card', 'compact'] as const).map((variant) =>
      iframeSnippet({ ...options, variant, siteName: 'Cổng' }),
    ),
    portalCsp({ origin: options.origin, allowedOrigins: ['*'] }),
    ...(['bar', 'card', 'compact'] as const).map((variant) =>
      embedHtml({ site: { slug: options.site, name: 'Cổng' }, variant, locale: 'vi' }),
    ),
  ]
  expect(readmeHtml.length).toBeGreaterThanOrEqual(3)
  for (const snippet of snippets) expect(snippet).not.toMatch(/\bblocking\s*=/)
})

test('the campaign request is preloaded as the script asks for it: same URL, CORS, no cookies', () => {
  const html = scriptSnippet({ ...options, site: 'sở y/tế', locale: 'en' })
  // The URL the widget fetches (widget/src/data.ts), in the language the element is given.
  expect(html).toContain(
    '<link\n  rel="preload"\n  as="fetch"\n  crossorigin\n' +
      '  href="https://cms.example/api/public/sites/s%E1%BB%9F%20y%2Ft%E1%BA%BF/campaign?locale=en"\n/>',
  )
  expect(html).toContain('<campaign-banner site="sở y/tế" variant="bar" lang="en">')
  // `crossorigin` with no value is anonymous: to another origin, no cookies.
  expect(html).not.toMatch(/crossorigin="use-credentials"/)
})

test('the fallback link goes to the portal, its address and words escaped', () => {
  const html = scriptSnippet({ ...options, link: 'https://portal.example/a?b=1&c="x"' })
  expect(html).toContain(
    '<campaign-banner site="demo-portal" variant="bar" lang="vi">\n' +
      '  <a href="https://portal.example/a?b=1&amp;c=&quot;x&quot;">Tháng hành động vì bình đẳng giới</a>\n' +
      '</campaign-banner>',
  )
})

test('without a portal address the fallback link goes to the site’s archive page, never "#"', () => {
  const html = scriptSnippet(options)
  expect(html).toContain(
    '<a href="https://cms.example/sites/demo-portal/archive">Tháng hành động vì bình đẳng giới</a>',
  )
  expect(html).not.toContain('href="#"')
})

test("the fallback link's words are in the site's default language, not the admin's", () => {
  expect(scriptSnippet({ ...options, locale: 'en' })).toContain(
    '>Month of Action for Gender Equality</a>',
  )
  expect(scriptSnippet({ ...options, locale: 'vi' })).toContain(
    '>Tháng hành động vì bình đẳng giới</a>',
  )
})

test('the pinned variant loads the hashed build, checked by its SRI hash, in CORS mode', () => {
  const pinned = { hashed: 'campaign-banner.0123abcd.js', integrity: 'sha384-abc+/=' }
  const html = scriptSnippet({ ...options, pinned })
  expect(html).toContain(
    '<script type="module" src="https://cms.example/widget/v1/campaign-banner.0123abcd.js" ' +
      'integrity="sha384-abc+/=" crossorigin="anonymous" async></script>',
  )
  expect(html).not.toContain('/widget/v1/campaign-banner.js')
  // Everything but the script is the same as the stable snippet's.
  expect(html.split('\n').slice(0, -1)).toEqual(scriptSnippet(options).split('\n').slice(0, -1))
})

test("README's image link, iframe and CSP line are what the admin's Embed panel gives", () => {
  const htmlBlocks = [...readme.matchAll(/```html\n([\s\S]*?)\n```/g)].map((match) => match[1])
  const demo = { ...options, siteName: 'Cổng thông tin minh họa (DEMO)' }
  expect(htmlBlocks).toContain(
    imageSnippet({ ...demo, variant: 'bar', alt: 'Tháng hành động vì bình đẳng giới' }),
  )
  expect(htmlBlocks).toContain(iframeSnippet({ ...demo, variant: 'bar' }))
  expect(readme).toContain(
    '```text\n' + portalCsp({ origin: options.origin, allowedOrigins: ['*'] }) + '\n```',
  )
})
