// Finds the first value in a `where` its field cannot hold (text in a number, a made-up option, a
// malformed id…), before the adapter turns it into a query that fails (a 500 on SQLite) or
// silently matches something else. Paths Payload does not know are left to Payload's own check.
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { buildVersionCollectionFields } from 'payload'

import { collectionBySlug } from './collectionBySlug'
import { isWellFormedId } from './idFormat'
import type { InputMessageKey, InputMessageVars } from './messages'
import { shown } from './messages'

export interface WhereProblem {
  key: InputMessageKey
  vars: InputMessageVars
}

/** Where a path leads: a field, or the id of a document in a collection. */
type Target = { kind: 'field'; field: FlattenedField } | { kind: 'id'; collection: string }

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const SINGLE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_MATCH_OPERATORS = new Set(['like', 'not_like', 'contains'])
// Queried by shape (nested JSON paths, geometry): no value is wrong for the type alone.
const FREE_TYPES = new Set(['json', 'richText', 'point'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const isBooleanLike = (value: unknown): boolean =>
  typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value))

const isNumberLike = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

const isDateLike = (value: unknown): boolean =>
  (typeof value === 'string' || typeof value === 'number' || value instanceof Date) &&
  !Number.isNaN(new Date(value).getTime())

const isHasMany = (field: FlattenedField): boolean => 'hasMany' in field && field.hasMany === true

const isRelation = (field: FlattenedField) =>
  field.type === 'relationship' || field.type === 'upload'

interface Scope {
  payload: Payload
  collection: SanitizedCollectionConfig
}

/** Follows a dotted path through groups, arrays, tabs, locales and relationships. */
const resolve = (
  segments: string[],
  fields: FlattenedField[],
  collection: string,
  payload: Payload,
): Target | undefined => {
  const [head, ...rest] = segments
  const field = fields.find((each) => each.name === head)
  if (!field) return head === 'id' && rest.length === 0 ? { kind: 'id', collection } : undefined
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  // `title.en` names one translation of a localized field.
  const tail = field.localized && locales.includes(rest[0] ?? '') ? rest.slice(1) : rest
  if (tail.length === 0) return { kind: 'field', field }
  if ('flattenedFields' in field) return resolve(tail, field.flattenedFields, collection, payload)
  if (isRelation(field) && typeof field.relationTo === 'string') {
    const related = collectionBySlug(payload, field.relationTo)?.config
    return related ? resolve(tail, related.flattenedFields, related.slug, payload) : undefined
  }
  // JSON paths, blocks, polymorphic relations: Payload's to interpret.
  return undefined
}

const versionFieldsCache = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

const versionFieldsOf = (payload: Payload, collection: SanitizedCollectionConfig) => {
  const cached = versionFieldsCache.get(collection)
  if (cached) return cached
  const fields = buildVersionCollectionFields(payload.config, collection, true)
  versionFieldsCache.set(collection, fields)
  return fields
}

const targetOf = (path: string, { payload, collection }: Scope): Target | undefined => {
  const segments = (path === '_id' ? 'id' : path.replace(/__/g, '.')).split('.')
  const direct = resolve(segments, collection.flattenedFields, collection.slug, payload)
  if (direct || !collection.versions) return direct
  // Version queries name `version.<field>`, `parent`, `latest`…
  return resolve(segments, versionFieldsOf(payload, collection), collection.slug, payload)
}

const optionValues = (field: FlattenedField): string[] =>
  field.type === 'select' || field.type === 'radio'
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

/** The message key for one value the target cannot hold, or undefined when it can. */
const singleValueProblem = (
  target: Target,
  operator: string,
  value: unknown,
  scope: Scope,
): InputMessageKey | WhereProblem | undefined => {
  // An empty value is how Payload spells "no value" (and "null" for relations).
  if (value === null || value === '') return undefined
  if (target.kind === 'id') {
    return isWellFormedId(scope.payload, value, target.collection) ? undefined : 'valueNotId'
  }
  const { field } = target
  if (isPlainObject(value)) {
    // `contains` on a has-many relation may hold a query on the related documents.
    if (isRelation(field) && operator === 'contains' && typeof field.relationTo === 'string') {
      const related = collectionBySlug(scope.payload, field.relationTo)?.config
      return related
        ? whereProblem(value, { payload: scope.payload, collection: related })
        : undefined
    }
    // A polymorphic relation is compared with { relationTo, value }.
    if (isRelation(field) && Array.isArray(field.relationTo) && operator === 'equals') {
      const relationTo = typeof value.relationTo === 'string' ? value.relationTo : ''
      return field.relationTo.some((slug) => slug === relationTo) &&
        isWellFormedId(scope.payload, value.value, relationTo)
        ? undefined
        : 'valueNotId'
    }
    return 'valueNotSingle'
  }
  if (Array.isArray(value)) return 'valueNotSingle'
  switch (field.type) {
    case 'number':
      return isNumberLike(value) ? undefined : 'valueNotNumber'
    case 'date':
      return isDateLike(value) ? undefined : 'valueNotDate'
    case 'checkbox':
      return isBooleanLike(value) ? undefined : 'valueNotBoolean'
    case 'select':
    case 'radio':
      return TEXT_MATCH_OPERATORS.has(operator) || optionValues(field).includes(String(value))
        ? undefined
        : 'valueNotOption'
    case 'relationship':
    case 'upload': {
      if (value === 'null') return undefined
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return targets.some((slug) => isWellFormedId(scope.payload, value, slug))
        ? undefined
        : 'valueNotId'
    }
    default:
      return undefined
  }
}

/** The values an operator compares with: a list for `in`, the array of a has-many `equals`… */
const valuesOf = (target: Target, operator: string, value: unknown): unknown[] | undefined => {
  if (LIST_OPERATORS.has(operator)) {
    if (Array.isArray(value)) return value
    if (typeof value === 'string') return value.split(',')
    return isPlainObject(value) ? undefined : [value]
  }
  const isArrayEquality =
    target.kind === 'field' &&
    isHasMany(target.field) &&
    (operator === 'equals' || operator === 'not_equals')
  return isArrayEquality && Array.isArray(value) ? value : [value]
}

const conditionProblem = (
  path: string,
  operator: string,
  value: unknown,
  target: Target,
  scope: Scope,
): WhereProblem | undefined => {
  const vars = { path, operator, value: shown(value) }
  if (operator === 'exists') {
    return isBooleanLike(value) ? undefined : { key: 'valueNotBoolean', vars }
  }
  const isPoint = target.kind === 'field' && target.field.type === 'point'
  if (GEO_OPERATORS.has(operator)) {
    return isPoint ? undefined : { key: 'operatorNotForField', vars }
  }
  if (target.kind === 'field' && FREE_TYPES.has(target.field.type)) return undefined
  // Operators Payload does not know are refused by Payload itself.
  if (!LIST_OPERATORS.has(operator) && !SINGLE_OPERATORS.has(operator)) return undefined
  const values = valuesOf(target, operator, value)
  if (!values) return { key: 'valueNotList', vars }
  for (const each of values) {
    const problem = singleValueProblem(target, operator, each, scope)
    if (typeof problem === 'string') return { key: problem, vars: { ...vars, value: shown(each) } }
    if (problem) return problem
  }
  return undefined
}

/** The first problem in `where` against the fields of `scope.collection`, if any. */
export const whereProblem = (where: unknown, scope: Scope): WhereProblem | undefined => {
  if (!isPlainObject(where)) return { key: 'whereNotObject', vars: { value: shown(where) } }
  for (const [key, constraint] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) return { key: 'whereNotList', vars: { key } }
      for (const item of constraint) {
        const problem = whereProblem(item, scope)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(constraint)) return { key: 'conditionNotObject', vars: { path: key } }
    const target = targetOf(key, scope)
    if (!target) continue
    for (const [operator, value] of Object.entries(constraint)) {
      const problem = conditionProblem(key, operator, value, target, scope)
      if (problem) return problem
    }
  }
  return undefined
}
