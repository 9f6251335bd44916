// Walks a document along its collection's fields: to keep only stored data, to take one
// locale's values out of a `locale: 'all'` read, and to point relationships at new ids.
export interface FieldShape {
  name: string
  type: string
  localized?: boolean
  virtual?: boolean | string
  hasMany?: boolean
  relationTo?: string | string[]
  flattenedFields?: readonly FieldShape[]
  blocks?: ReadonlyArray<{ slug: string; flattenedFields: readonly FieldShape[] }>
}

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

interface WalkOptions {
  /** Take this locale's value of each localized field (else keep `{ vi, en }` as it is). */
  locale?: string
  /** Leave out virtual and join fields: computed on read, never stored. */
  isStoredOnly?: boolean
  /** Called with every non-container value (once per locale for localized fields). */
  leaf?: (field: FieldShape, value: unknown) => unknown
}

const walkValue = (
  field: FieldShape,
  value: unknown,
  options: WalkOptions,
  isInLocalized: boolean,
): unknown => {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'array':
      return Array.isArray(value)
        ? value.map((row) =>
            isRecord(row)
              ? walkData(field.flattenedFields ?? [], row, options, isInLocalized)
              : row,
          )
        : value
    case 'group':
    case 'tab':
      return isRecord(value)
        ? walkData(field.flattenedFields ?? [], value, options, isInLocalized)
        : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            if (!isRecord(row)) return row
            const block = field.blocks?.find(({ slug }) => slug === row.blockType)
            return block ? walkData(block.flattenedFields, row, options, isInLocalized) : row
          })
        : value
    default:
      return options.leaf ? options.leaf(field, value) : value
  }
}

const walkData = (
  fields: readonly FieldShape[],
  data: Data,
  options: WalkOptions,
  isInLocalized: boolean,
): Data => {
  const byName = new Map(fields.map((field) => [field.name, field]))
  const out: Data = {}
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field) {
      out[key] = value
      continue
    }
    if (options.isStoredOnly && (field.virtual || field.type === 'join')) continue
    if (!field.localized || isInLocalized) {
      out[key] = walkValue(field, value, options, isInLocalized)
    } else if (options.locale !== undefined) {
      const picked = isRecord(value) ? value[options.locale] : undefined
      if (picked !== undefined) out[key] = walkValue(field, picked, options, true)
    } else {
      out[key] = isRecord(value)
        ? Object.fromEntries(
            Object.entries(value).map(([locale, v]) => [
              locale,
              walkValue(field, v, options, true),
            ]),
          )
        : value
    }
  }
  return out
}

/** The document without computed (virtual, join) fields: only what the database holds. */
export const storedData = (fields: readonly FieldShape[], doc: Data): Data =>
  walkData(fields, doc, { isStoredOnly: true }, false)

/** One locale's data out of a `locale: 'all'` document, shaped for a write in that locale. */
export const localeData = (fields: readonly FieldShape[], doc: Data, locale: string): Data =>
  walkData(fields, doc, { locale }, false)

export type IdMapper = (collection: string, id: unknown) => number | string | undefined

const idOf = (value: unknown): unknown => (isRecord(value) && 'id' in value ? value.id : value)

/** Upload and relationship nodes inside rich text (Lexical JSON) refer to documents too. */
const remapRichText = (value: unknown, mapId: IdMapper): unknown => {
  if (Array.isArray(value)) return value.map((item) => remapRichText(item, mapId))
  if (!isRecord(value)) return value
  const out: Data = {}
  for (const [key, item] of Object.entries(value)) out[key] = remapRichText(item, mapId)
  const isReference =
    (value.type === 'upload' || value.type === 'relationship') &&
    typeof value.relationTo === 'string' &&
    value.value !== undefined
  if (isReference) out.value = mapId(value.relationTo as string, idOf(value.value)) ?? null
  return out
}

const remapRelation = (field: FieldShape, value: unknown, mapId: IdMapper): unknown => {
  const one = (item: unknown): unknown => {
    if (Array.isArray(field.relationTo)) {
      if (!isRecord(item) || typeof item.relationTo !== 'string') return undefined
      const id = mapId(item.relationTo, idOf(item.value))
      return id === undefined ? undefined : { relationTo: item.relationTo, value: id }
    }
    return typeof field.relationTo === 'string' ? mapId(field.relationTo, idOf(item)) : undefined
  }
  if (Array.isArray(value)) return value.map(one).filter((item) => item !== undefined)
  return one(value) ?? null
}

/**
 * The document with every reference (relationship, upload, rich-text node) mapped through
 * `mapId`; a reference `mapId` does not know is dropped (a single one becomes null).
 */
export const remapIds = (fields: readonly FieldShape[], doc: Data, mapId: IdMapper): Data =>
  walkData(
    fields,
    doc,
    {
      leaf: (field, value) => {
        if (field.type === 'relationship' || field.type === 'upload') {
          return remapRelation(field, value, mapId)
        }
        if (field.type === 'richText') return remapRichText(value, mapId)
        return value
      },
    },
    false,
  )

/** Whether the document has any value in `locale` (a locale never written need not be). */
export const hasLocaleValues = (
  fields: readonly FieldShape[],
  doc: Data,
  locale: string,
): boolean =>
  fields.some((field) => {
    const value = doc[field.name]
    if (value === null || value === undefined) return false
    if (field.localized) {
      const inLocale = isRecord(value) ? value[locale] : undefined
      return inLocale !== null && inLocale !== undefined
    }
    const rows = Array.isArray(value) ? value.filter(isRecord) : []
    if (field.type === 'array') {
      return rows.some((row) => hasLocaleValues(field.flattenedFields ?? [], row, locale))
    }
    if (field.type === 'blocks') {
      return rows.some((row) => {
        const block = field.blocks?.find(({ slug }) => slug === row.blockType)
        return block ? hasLocaleValues(block.flattenedFields, row, locale) : false
      })
    }
    if (field.type === 'group' || field.type === 'tab') {
      return isRecord(value) && hasLocaleValues(field.flattenedFields ?? [], value, locale)
    }
    return false
  })
