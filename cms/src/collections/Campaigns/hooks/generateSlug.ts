import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '../../../fields/slugify'

/** An edition without a slug gets one from its title and year, e.g. thang-hanh-dong-…-2021. */
export const generateSlug: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || data.slug || originalDoc?.slug) return data
  const title = typeof data.title === 'string' ? data.title : ''
  const base = slugify(title)
  if (!base) return data
  const year = typeof data.year === 'number' ? String(data.year) : ''
  return { ...data, slug: year && !base.endsWith(year) ? `${base}-${year}` : base }
}
