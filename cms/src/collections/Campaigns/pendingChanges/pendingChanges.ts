// Which fields "Xuất bản" would change: the current draft against the latest published version,
// both read with every locale (`locale: 'all'`), field by field, per content language. Autosave
// makes every keystroke a pending draft, so the editor sees what a publish releases before it.
import type { Field } from 'payload'

export type Language = 'vi' | 'en'

export interface PendingChange {
  /** The field's data path, e.g. 'theme' or 'campaignWindow.end'. */
  path: string
  /** Its label in the admin language; a group's field is named after the group too. */
  label: string
  /** The content languages it changes in; empty when it changes as a whole (a row added). */
  locales: string[]
}

type Data = Record<string, unknown> | null | undefined

const BOOKKEEPING = new Set(['id', '_status', 'createdAt', 'updatedAt'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Empty is empty: null, undefined, '' and [] alike; keys in a stable order. */
const normalized = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalized)
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => [key, normalized(value[key])] as const)
      .filter(([, inner]) => inner !== null)
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

const isSame = (a: unknown, b: unknown): boolean =>
  JSON.stringify(normalized(a)) === JSON.stringify(normalized(b))

/** The fields that hold data at this level, through tabs, rows and collapsibles. */
const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : dataFields(tab.fields),
      )
    }
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'group' && !('name' in field && field.name)) return dataFields(field.fields)
    if (field.type === 'ui' || !('name' in field) || ('virtual' in field && field.virtual))
      return []
    // Payload's own bookkeeping (the sanitized config adds them), not the editor's content.
    if (BOOKKEEPING.has(field.name) || ('hidden' in field && field.hidden)) return []
    // Read-only fields are the server's to set (a counter bumped on publish), not the editor's.
    if (field.admin && 'readOnly' in field.admin && field.admin.readOnly) return []
    return [field]
  })

const subFields = (field: Field): Field[] =>
  field.type === 'array' || field.type === 'group' ? dataFields(field.fields) : []

const hasLocalized = (field: Field): boolean =>
  ('localized' in field && field.localized === true) ||
  subFields(field).some(hasLocalized) ||
  (field.type === 'blocks' &&
    field.blocks.some((block) => dataFields(block.fields).some(hasLocalized)))

const nameOf = (field: Field): string => ('name' in field ? field.name : '')

/** The value as one content language sees it: every localized part read in `locale`. */
const inLocale = (field: Field, value: unknown, locale: string): unknown => {
  const own = 'localized' in field && field.localized && isRecord(value) ? value[locale] : value
  const fieldsIn = (fields: Field[], row: unknown): unknown =>
    isRecord(row)
      ? {
          id: row.id,
          blockType: row.blockType,
          ...Object.fromEntries(
            fields.map((sub) => [nameOf(sub), inLocale(sub, row[nameOf(sub)], locale)]),
          ),
        }
      : row
  if (field.type === 'array' && Array.isArray(own))
    return own.map((row) => fieldsIn(subFields(field), row))
  if (field.type === 'group') return fieldsIn(subFields(field), own)
  if (field.type === 'blocks' && Array.isArray(own)) {
    return own.map((row) => {
      const block = field.blocks.find((each) => isRecord(row) && each.slug === row.blockType)
      return fieldsIn(block ? dataFields(block.fields) : [], row)
    })
  }
  return own
}

const labelOf = (field: Field, language: Language): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (isRecord(label)) {
    const text = label[language] ?? label.vi
    if (typeof text === 'string') return text
  }
  return nameOf(field)
}

/**
 * The fields whose draft value differs from the published one, in the form's order. `published`
 * and `draft` are the documents read with `locale: 'all'` and `depth: 0`.
 */
export const pendingChanges = ({
  fields,
  published,
  draft,
  locales,
  language,
}: {
  fields: Field[]
  published: Data
  draft: Data
  locales: string[]
  language: Language
}): PendingChange[] => {
  const walk = (level: Field[], before: Data, after: Data, path: string, prefix: string) =>
    dataFields(level).flatMap((field): PendingChange[] => {
      const name = nameOf(field)
      const label = prefix + labelOf(field, language)
      const was = before?.[name]
      const is = after?.[name]
      const isLocalized = 'localized' in field && field.localized === true
      if (field.type === 'group' && !isLocalized) {
        const inner = (value: unknown) => (isRecord(value) ? value : null)
        return walk(field.fields, inner(was), inner(is), `${path}${name}.`, `${label} › `)
      }
      const change = { path: path + name, label }
      if (!hasLocalized(field)) return isSame(was, is) ? [] : [{ ...change, locales: [] }]
      const changed = locales.filter(
        (locale) => !isSame(inLocale(field, was, locale), inLocale(field, is, locale)),
      )
      if (changed.length === 0) return []
      // A row added or removed changes every language: said once, without a language.
      const isWhole = !isLocalized && changed.length === locales.length
      return [{ ...change, locales: isWhole ? [] : changed }]
    })
  return walk(fields, published, draft, '', '')
}
