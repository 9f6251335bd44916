import { expect, test } from 'vitest'

import { portalCsp, TRUSTED_TYPES_POLICY } from './portalCsp'

const origin = 'https://cms.example'

test('a portal the site lets in allows the CMS for the script, its request, the picture and the frame', () => {
  expect(portalCsp({ origin, allowedOrigins: ['https://portal.example'] })).toBe(
    "Content-Security-Policy: script-src 'self' https://cms.example; " +
      "connect-src 'self' https://cms.example; img-src 'self' https://cms.example; " +
      "frame-src 'self' https://cms.example",
  )
  expect(portalCsp({ origin, allowedOrigins: ['*'] })).toContain('script-src')
})

test('with no allowed origin only the picture can show, so only img-src is asked for', () => {
  expect(portalCsp({ origin, allowedOrigins: [] })).toBe(
    "Content-Security-Policy: img-src 'self' https://cms.example",
  )
})

test('nothing inline is ever asked for, and no Trusted Types requirement is imposed on the portal', () => {
  const line = portalCsp({ origin, allowedOrigins: ['*'] })
  expect(line).not.toMatch(/unsafe-|nonce-|require-trusted-types-for/)
  // What a portal's own trusted-types list needs: the policy Lit's renderer creates.
  expect(TRUSTED_TYPES_POLICY).toBe("lit-html 'allow-duplicates'")
})

test("the widget's only HTML sink is Lit's template, written through the policy named lit-html", async () => {
  const { readFileSync, readdirSync } = await import('node:fs')
  const { createRequire } = await import('node:module')
  const widgetSrc = new URL('../../../widget/src/', import.meta.url)
  const sources = readdirSync(widgetSrc).filter((name) => /(?<!\.test)\.ts$/.test(name))
  expect(sources.length).toBeGreaterThan(3)
  for (const name of sources) {
    const code = readFileSync(new URL(name, widgetSrc), 'utf8')
    expect(code, name).not.toMatch(
      /\.(innerHTML|outerHTML|srcdoc)\b|insertAdjacentHTML|document\.write|DOMParser|unsafeHTML/,
    )
  }
  // Lit's renderer, as the widget resolves it.
  const requireFromWidget = createRequire(new URL('../../../widget/package.json', import.meta.url))
  const litHtml = readFileSync(requireFromWidget.resolve('lit-html'), 'utf8')
  expect(litHtml).toMatch(/createPolicy\(["'`]lit-html["'`]/)
})
