// The built files: within the byte budget, self-contained, free of HTML-parsing sinks, and
// described correctly by manifest.json. Reads dist/ (`pnpm test` builds first).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import type { Manifest } from '../scripts/manifest.ts'
import { FILES, measure } from '../scripts/manifest.ts'

// Bytes gzip, everything included, so that any growth is a decision. The issue asked for 8 kB with
// Lit; measured, Lit's renderer alone takes ≈ 2.9 kB and the rest cannot lose another 930 bytes
// without losing features: docs/widget-size.md has the breakdown and the options.
// Brotli is what the CMS serves to every current browser: measured as it compresses (measure()).
const BUDGET: Record<(typeof FILES)[number], { gzip: number; brotli: number }> = {
  'campaign-banner.js': { gzip: 9_200, brotli: 8_300 },
  'campaign-banner.classic.js': { gzip: 9_450, brotli: 8_550 },
}

const read = (name: string): Buffer => readFileSync(new URL(`../dist/${name}`, import.meta.url))

test.each(FILES)('%s is within its gzip budget, everything included', (name) => {
  expect(gzipSync(read(name), { level: 9 }).length).toBeLessThanOrEqual(BUDGET[name].gzip)
})

test.each(FILES)('%s is within its brotli budget as the CMS serves it', (name) => {
  expect(measure(read(name), name).brotli).toBeLessThanOrEqual(BUDGET[name].brotli)
})

test.each(FILES)('%s imports nothing and parses no HTML but its own templates', (name) => {
  const code = read(name).toString()
  // Booleans, not toMatch: a failure should not print the whole bundle.
  const has = (pattern: RegExp) => pattern.test(code)
  expect(has(/\bimport\s*[("'{*]|\brequire\(/), 'import or require').toBe(false)
  // lit-html parses each template's static strings (our markup, never a value) once, in a
  // <template>: the one innerHTML allowed. Values are bound as text nodes and attribute values.
  expect(code.split('innerHTML').length - 1, 'innerHTML count').toBe(1)
  expect(has(/createElement\(`template`\);return (\w+)\.innerHTML=\w+,\1\}/), "lit's").toBe(true)
  expect(
    has(/outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setHTMLUnsafe/),
    'another HTML or script sink',
  ).toBe(false)
  // No directive that renders a value as markup: unsafeHTML / unsafeSVG / unsafeMathML, static html.
  expect(has(/unsafe(HTML|SVG|MathML)|_\$litStatic\$/), 'unsafe directive').toBe(false)
  expect(has(/\.cookie\b/), 'cookie').toBe(false)
  expect(has(/sourceMappingURL/), 'source map').toBe(false)
})

test('the classic build is a script, the module build a module', () => {
  expect(read('campaign-banner.classic.js').toString()).toMatch(/^\(function\(\)\{/)
  expect(read('campaign-banner.js').toString()).toMatch(/\bexport\s*\{/)
})

test('manifest.json names, hashes and measures both files', () => {
  const manifest = JSON.parse(read('manifest.json').toString()) as Manifest
  expect(Object.keys(manifest.files)).toEqual(FILES)
  for (const name of FILES) {
    const code = read(name)
    const entry = manifest.files[name]
    expect(entry).toEqual(measure(code, name))
    expect(entry?.hashed).toMatch(/^campaign-banner(\.classic)?\.[0-9a-f]{8}\.js$/)
    expect(entry?.integrity).toBe('sha384-' + createHash('sha384').update(code).digest('base64'))
    expect(read(entry?.hashed ?? '')).toEqual(code)
  }
})
