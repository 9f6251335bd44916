import { expect, test } from 'vitest'

import { BANNER_IMAGE_SIZES } from '../public/bannerImage/sizes'
import { imageSnippet } from './imageSnippet'

const options = {
  site: 'demo-portal',
  origin: 'https://cms.example',
  locale: 'vi',
  variant: 'bar',
  alt: 'Tháng hành động vì bình đẳng giới',
} as const

test('a link through /go/:site around the picture of what the site shows now', () => {
  expect(imageSnippet(options)).toBe(
    '<a href="https://cms.example/go/demo-portal"><img\n' +
      '  src="https://cms.example/api/public/sites/demo-portal/banner.png?variant=bar&amp;locale=vi"\n' +
      '  srcset="https://cms.example/api/public/sites/demo-portal/banner.png?variant=bar&amp;locale=vi&amp;scale=2 2x"\n' +
      '  alt="Tháng hành động vì bình đẳng giới"\n' +
      '  width="728"\n' +
      '  height="90"\n' +
      '  style="max-width: 100%; height: auto"\n' +
      '/></a>',
  )
})

test('each variant declares the size the renderer draws, so the portal reserves its box', () => {
  for (const variant of ['bar', 'card'] as const) {
    const { width, height } = BANNER_IMAGE_SIZES[variant]
    const html = imageSnippet({ ...options, variant, locale: 'en' })
    expect(html).toContain(`banner.png?variant=${variant}&amp;locale=en"`)
    expect(html).toContain(`\n  width="${width}"\n  height="${height}"\n`)
  }
})

test('no whitespace between the link and the picture (it would show as an underlined space)', () => {
  expect(imageSnippet(options)).toMatch(/^<a [^>]*><img\b[\s\S]*\/><\/a>$/)
})

test('the slug, the alt text and the origin are escaped', () => {
  const html = imageSnippet({ ...options, site: 'sở y/tế', alt: 'A "quoted" <b>&</b>' })
  expect(html).toContain('<a href="https://cms.example/go/s%E1%BB%9F%20y%2Ft%E1%BA%BF">')
  expect(html).toContain('alt="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;"')
})

test('no script, nothing that runs: it works where the editor strips <script>', () => {
  expect(imageSnippet(options)).not.toMatch(/<script|\bon\w+=|javascript:/i)
})
