// GET /embed/:site, the iframe snippet's page: who may frame it, what it may load, what it says.
import { createHash } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPublicServer } from './helpers/publicServer'
import { useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startPublicServer>>

beforeAll(async () => {
  await t.payload.update({
    collection: 'sites',
    id: t.world.siteA.id,
    data: {
      allowedOrigins: [{ origin: 'https://portal-a.example' }, { origin: 'http://localhost:8080' }],
    },
  })
  await t.payload.update({
    collection: 'sites',
    id: t.world.siteB.id,
    data: { allowedOrigins: [{ origin: '*' }], defaultLocale: 'en' },
  })
  api = await startPublicServer(t.payload)
})

afterAll(() => api.close())

const embed = (slug: string, query = '') => api.get(`/embed/${slug}${query}`)

/** The policy's directives by name. */
const directives = (policy: string | null): Map<string, string[]> =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  )

describe('who may frame the embed page', () => {
  it('this CMS and the site’s allowed origins, no one else', async () => {
    const response = await embed(t.world.siteA.slug)
    expect(response.status).toBe(200)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual([
      "'self'",
      'https://portal-a.example',
      'http://localhost:8080',
    ])
    expect(response.headers.get('x-frame-options')).toBeNull()
  })

  it('any page where the site allows any origin', async () => {
    const response = await embed(t.world.siteB.slug)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(['*'])
  })

  it('follows a change of the allowed origins at once', async () => {
    await t.payload.update({
      collection: 'sites',
      id: t.world.siteA.id,
      data: { allowedOrigins: [{ origin: 'https://portal-a.example' }] },
    })
    const response = await embed(t.world.siteA.slug)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(["'self'", 'https://portal-a.example'])
  })
})

describe('what the embed page may load', () => {
  it('its own style sheet by hash, the widget module and requests from this CMS, nothing inline', async () => {
    const response = await embed(t.world.siteA.slug)
    const page = await response.text()
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe')
    const styles = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? '')
    expect(styles).toHaveLength(1)
    const hash = createHash('sha256')
      .update(styles[0] ?? '')
      .digest('base64')
    expect(policy.get('style-src')).toEqual([`'sha256-${hash}'`])
    expect(page).toMatch(
      /<script type="module" src="\/widget\/v1\/campaign-banner\.js" async><\/script>/,
    )
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)/) // no inline script
    expect(page).not.toMatch(/\sstyle=/) // no style attribute
    expect(page).not.toMatch(/\son\w+=/) // no event handler attribute
  })

  it('keeps the page from scrolling and reserves the variant’s space', async () => {
    const page = await (await embed(t.world.siteA.slug, '?variant=card')).text()
    expect(page).toMatch(/html,body\{[^}]*overflow:hidden/)
    expect(page).toContain("campaign-banner[variant='bar'] {")
    expect(page).toMatch(/campaign-banner\[variant='card'\]\{[^}]*--campaign-min-height:\d+px/)
  })
})

describe('what the embed page says', () => {
  it('the banner of the site in its default language, with a title', async () => {
    const page = await (await embed(t.world.siteA.slug)).text()
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/)
    expect(page).toContain(`<title>Chiến dịch truyền thông – ${t.world.siteA.name}</title>`)
    expect(page).toContain(`<campaign-banner site="${t.world.siteA.slug}" variant="bar" lang="vi"`)
    // Until the script runs, and if it cannot: a link to the site's archive page.
    expect(page).toContain(`<a href="/sites/${t.world.siteA.slug}/archive">`)
  })

  it('the variant and language asked for', async () => {
    const response = await embed(t.world.siteB.slug, '?variant=compact&locale=vi')
    const page = await response.text()
    expect(page).toContain('<html lang="vi">')
    expect(page).toContain(`variant="compact" lang="vi"`)
    const english = await (await embed(t.world.siteB.slug)).text()
    expect(english).toContain('<html lang="en">')
    expect(english).toContain(`<title>Campaign banner – ${t.world.siteB.name}</title>`)
  })

  it('is cached like the JSON, with an ETag and 304', async () => {
    const first = await embed(t.world.siteA.slug, '?variant=card')
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600',
    )
    const etag = first.headers.get('etag') ?? ''
    const again = await api.get(`/embed/${t.world.siteA.slug}?variant=card`, {
      'if-none-match': etag,
    })
    expect(again.status).toBe(304)
  })
})

describe('nothing else gets into the embed page', () => {
  it.each([
    '?variant=banner',
    '?variant=%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    '?variant=',
    '?locale=fr',
    '?locale=vi%22%20onload%3D%22alert(1)',
  ])('%s is refused with 400 and not echoed', async (query) => {
    const response = await embed(t.world.siteA.slug, query)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    expect(page).not.toContain('script')
    expect(page).not.toContain('alert')
    expect(page).not.toContain('banner')
  })

  it('ignores parameters it does not know', async () => {
    const plain = await (await embed(t.world.siteA.slug)).text()
    const junk = await (await embed(t.world.siteA.slug, '?x=%3Cscript%3E&site=evil')).text()
    expect(junk).toBe(plain)
  })

  it.each(['khong-co-trang-nay', 'SITE-A', '%3Cscript%3E', '__proto__'])(
    '/embed/%s answers 404',
    async (slug) => {
      const response = await embed(slug)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('<script')
    },
  )

  it('answers 404 below a site’s page', async () => {
    expect((await embed(`${t.world.siteA.slug}/more`)).status).toBe(404)
  })
})
