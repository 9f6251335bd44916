import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '../../../fields/slugify'

/**
 * An edition without a slug gets one from its title and year, e.g. thang-hanh-dong-…-2021: on
 * create, and whenever the editor empties the field (its help text promises as much). A save that
 * does not send the slug at all keeps the stored one.
 */
export const generateSlug: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const sent: unknown = data.slug
  if (typeof sent === 'string' && sent.trim() !== '') return data
  if (sent === undefined && originalDoc?.slug) return data
  const title =
    typeof (data.title ?? originalDoc?.title) === 'string' ? (data.title ?? originalDoc?.title) : ''
  const base = slugify(title as string)
  if (!base) return data
  const yearValue: unknown = data.year ?? originalDoc?.year
  const year = typeof yearValue === 'number' ? String(yearValue) : ''
  return { ...data, slug: year && !base.endsWith(year) ? `${base}-${year}` : base }
}
