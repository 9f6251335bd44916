// A site's slug goes into every snippet: one that cannot be used says what a slug may contain and
// offers the one its words make, at the field, in the admin's language.
import { describe, expect, it } from 'vitest'

import { Sites } from '../src/collections/Sites'
import { validateSiteSlug } from '../src/collections/Sites/siteRules'
import { useWorld } from './helpers/world'

const t = useWorld()

const slugError = async (slug: string) => {
  try {
    await t.payload.create({
      collection: 'sites',
      data: { name: 'Sở Y tế', slug, timeZone: 'Asia/Ho_Chi_Minh', defaultLocale: 'vi' },
      user: t.world.admin,
      overrideAccess: false,
    })
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data
      ?.errors
    if (errors?.length) return errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('expected a validation error')
}

describe("a site's slug", () => {
  it('"Sở Y tế" is refused at the field, saying what a slug may contain, suggesting so-y-te', async () => {
    expect(await slugError('Sở Y tế')).toEqual([
      {
        path: 'slug',
        message: 'Mã trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang. Gợi ý: so-y-te',
      },
    ])
  })

  it('says so in English to an admin who reads English', () => {
    const req = { i18n: { language: 'en' } }
    expect(validateSiteSlug('Đà Nẵng', { req } as Parameters<typeof validateSiteSlug>[1])).toBe(
      'A site slug has lower-case letters without accents, digits and hyphens only. Suggested: da-nang',
    )
  })

  it('its help text quotes no other site, and says what a slug may contain', () => {
    const slug = Sites.fields.find((field) => 'name' in field && field.name === 'slug')
    const description = JSON.stringify(slug && 'admin' in slug ? slug.admin : null)
    expect(description).not.toContain('skhcn-khanhhoa')
    expect(description).toContain('Chữ thường không dấu, số và dấu gạch ngang')
  })
})
