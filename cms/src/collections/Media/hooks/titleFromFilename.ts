import type { CollectionBeforeValidateHook } from 'payload'

/** An upload without a title is named after its file ("ke-hoach-2021.pdf" → "ke-hoach-2021"). */
export const titleFromFilename: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data || (typeof data.title === 'string' && data.title.trim() !== '')) return data
  const name = req.file?.name ?? (typeof data.filename === 'string' ? data.filename : '')
  const title = name.replace(/\.[^.]+$/, '').trim()
  return title ? { ...data, title } : data
}
