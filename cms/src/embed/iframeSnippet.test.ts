import { VARIANTS } from '@campaign/shared/routes'
import { expect, test } from 'vitest'

import { EMBED_FRAMES, frameHeight, iframeSnippet, TYPICAL_COLUMN_WIDTH } from './iframeSnippet'
import { BAR_HEIGHTS } from './scriptSnippet'

const options = {
  site: 'demo-portal',
  siteName: 'Cổng thông tin minh họa (DEMO)',
  origin: 'https://cms.example',
  locale: 'vi',
  variant: 'bar',
} as const

test('the embed page in a frame of the measured size, titled as the page is', () => {
  expect(iframeSnippet(options)).toBe(
    '<iframe\n' +
      '  src="https://cms.example/embed/demo-portal?variant=bar&amp;locale=vi"\n' +
      '  title="Chiến dịch truyền thông – Cổng thông tin minh họa (DEMO)"\n' +
      '  width="100%"\n' +
      '  height="230"\n' +
      '  style="border: 0"\n' +
      '  loading="lazy"\n' +
      '></iframe>',
  )
})

test("each variant's frame is the size the embed page reserves at a desktop column's width", () => {
  for (const variant of VARIANTS) {
    const { width } = EMBED_FRAMES[variant]
    const html = iframeSnippet({ ...options, variant })
    expect(html).toContain(`  width="${width ?? '100%'}"\n`)
    expect(html).toContain(`  height="${frameHeight(variant, width ?? TYPICAL_COLUMN_WIDTH)}"\n`)
  }
  expect(iframeSnippet({ ...options, variant: 'card' })).toContain('width="300"\n  height="410"')
})

test("the bar's frame heights are the script snippet's reservation, band by band", () => {
  expect(EMBED_FRAMES.bar.heights).toBe(BAR_HEIGHTS)
  expect(BAR_HEIGHTS.map(([width]) => frameHeight('bar', width))).toEqual(
    BAR_HEIGHTS.map(([, height]) => height),
  )
  expect(frameHeight('compact', 599)).toBe(136)
})

test('the title is in the site’s default language; the slug and the name are escaped', () => {
  const html = iframeSnippet({ ...options, locale: 'en', site: 'a&b', siteName: 'Sở "Y" tế' })
  expect(html).toContain('src="https://cms.example/embed/a%26b?variant=bar&amp;locale=en"')
  expect(html).toContain('title="Campaign banner – Sở &quot;Y&quot; tế"')
})
