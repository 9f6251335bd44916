// The GraphQL channel: POST /api/graphql on the same server, with the same tokens. Queries are
// built from the live schema (field names and argument types), so they match whatever Payload
// generates; a field the schema lacks is a cell this channel cannot attempt.
import type { SanitizedConfig } from 'payload'

import type { Attempt, Channel, Observation } from './channel'
import type { Id } from './context'
import { storedRecord } from './context'
import type { Operation, Role } from './matrix'
import { graphqlNames } from './operations'

interface TypeRef {
  kind: string
  name: string | null
  ofType: TypeRef | null
}
interface FieldInfo {
  name: string
  args: Array<{ name: string; type: TypeRef }>
}
export interface Schema {
  query: Map<string, FieldInfo>
  mutation: Map<string, FieldInfo>
  /** The fields each input type requires, by type name. */
  required: Map<string, string[]>
}
type Kind = 'mutation' | 'query'

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
const INTROSPECTION = `{ __schema {
  queryType { fields { name args { name type { ${TYPE_REF} } } } }
  mutationType { fields { name args { name type { ${TYPE_REF} } } } }
  types { name inputFields { name type { kind } } }
} }`

const typeString = (type: TypeRef | null): string => {
  if (!type) return ''
  if (type.kind === 'NON_NULL') return `${typeString(type.ofType)}!`
  if (type.kind === 'LIST') return `[${typeString(type.ofType)}]`
  return type.name ?? ''
}

interface GraphqlError {
  message: string
  path?: unknown[]
  extensions?: { statusCode?: number }
}
interface GraphqlAnswer {
  status: number
  body: string
  data: Record<string, unknown>
  errors: GraphqlError[]
}

const post = async (origin: string, token: string | null, query: string, variables: unknown) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${origin}/api/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  const body = await response.text()
  let parsed: { data?: Record<string, unknown> | null; errors?: GraphqlError[] } = {}
  try {
    parsed = JSON.parse(body) as typeof parsed
  } catch {
    // A non-JSON answer is judged by its status.
  }
  return { status: response.status, body, data: parsed.data ?? {}, errors: parsed.errors ?? [] }
}

export const loadSchema = async (origin: string, token: string): Promise<Schema> => {
  const { data } = await post(origin, token, INTROSPECTION, {})
  const schema = data.__schema as {
    queryType: { fields: FieldInfo[] }
    mutationType: { fields: FieldInfo[] }
    types: Array<{ name: string; inputFields: Array<{ name: string; type: TypeRef }> | null }>
  }
  const byName = (fields: FieldInfo[]) => new Map(fields.map((field) => [field.name, field]))
  const required = new Map(
    schema.types.map(({ name, inputFields }) => [
      name,
      (inputFields ?? []).filter((field) => field.type.kind === 'NON_NULL').map(({ name }) => name),
    ]),
  )
  return {
    query: byName(schema.queryType.fields),
    mutation: byName(schema.mutationType.fields),
    required,
  }
}

interface Part {
  alias: string
  field: string
  args: Record<string, unknown>
  selection: string
}

const GRAPHQL_OPERATIONS = new Set<Operation>([
  'read',
  'create',
  'update',
  'delete',
  'duplicate',
  'publish',
  'readVersions',
  'restoreVersion',
  'unlock',
])

const docIdOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : undefined

export const graphqlChannel = (
  origin: string,
  tokens: Record<Role, string | null>,
  schema: Schema,
  config: SanitizedConfig,
): Channel => {
  /** One request of several aliased fields; arguments the field lacks (draft, data) are left out. */
  const request = async (role: Role, kind: Kind, parts: Part[]): Promise<GraphqlAnswer> => {
    const definitions: string[] = []
    const variables: Record<string, unknown> = {}
    const calls = parts.map(({ alias, field, args, selection }) => {
      const info = schema[kind].get(field)
      if (!info) throw new Error(`GraphQL has no ${kind} ${field}`)
      const used = Object.entries(args).flatMap(([name, value]) => {
        const arg = info.args.find((each) => each.name === name)
        if (!arg || value === undefined) return []
        definitions.push(`$${alias}_${name}: ${typeString(arg.type)}`)
        variables[`${alias}_${name}`] = value
        return [`${name}: $${alias}_${name}`]
      })
      return `${alias}: ${field}${used.length > 0 ? `(${used.join(', ')})` : ''} ${selection}`
    })
    const signature = definitions.length > 0 ? `(${definitions.join(', ')})` : ''
    const query = `${kind}${signature} { ${calls.join(' ')} }`
    return post(origin, tokens[role], query, variables)
  }

  const observe = (answer: GraphqlAnswer, isReturned = false): Observation => {
    const malformed = answer.errors.find((error) => !error.path)
    return {
      status:
        answer.status >= 300
          ? answer.status
          : Math.max(200, ...answer.errors.map((error) => error.extensions?.statusCode ?? 400)),
      body: answer.body,
      isReturned,
      problem: malformed ? `malformed GraphQL request: ${malformed.message}` : undefined,
    }
  }

  /**
   * GraphQL's duplicate takes the create input, required fields and all (REST takes overrides
   * only): the stored record's required values, then the case's own.
   */
  const duplicateData = async ({ ctx, subject, case: made }: Attempt) => {
    const { singular } = graphqlNames(subject)
    const type = schema.mutation
      .get(`duplicate${singular}`)
      ?.args.find((arg) => arg.name === 'data')
    const stored = (await storedRecord(ctx, subject, made.id ?? '')) ?? {}
    const names = schema.required.get(typeString(type?.type ?? null).replace(/!$/, '')) ?? []
    return { ...Object.fromEntries(names.map((name) => [name, stored[name]])), ...made.data }
  }

  const perform = async (attempt: Attempt): Promise<Observation> => {
    const { subject, operation, role, case: made } = attempt
    const { singular, plural } = graphqlNames(subject)
    const id: Id | undefined = made.id
    const mutate = async (field: string, args: Record<string, unknown>, selection = '{ id }') =>
      observe(await request(role, 'mutation', [{ alias: 'result', field, args, selection }]))
    switch (operation) {
      case 'read': {
        const where = { id: { equals: id } }
        const answer = await request(role, 'query', [
          { alias: 'one', field: singular, args: { id, draft: true }, selection: '{ id }' },
          {
            alias: 'list',
            field: plural,
            args: { where, draft: true },
            selection: '{ docs { id } }',
          },
          { alias: 'count', field: `count${plural}`, args: { where }, selection: '{ totalDocs }' },
        ])
        const list = answer.data.list as { docs?: unknown[] } | null | undefined
        const count = answer.data.count as { totalDocs?: number } | null | undefined
        const sees = [
          docIdOf(answer.data.one) === String(id),
          (list?.docs ?? []).some((doc) => docIdOf(doc) === String(id)),
          (count?.totalDocs ?? 0) > 0,
        ]
        const observed = observe(answer, sees.every(Boolean))
        if (!observed.problem && sees.some(Boolean) && !sees.every(Boolean))
          observed.problem = `ways of reading disagree (by id, list, count): ${sees.join(', ')}`
        return observed
      }
      case 'readVersions': {
        const answer = await request(role, 'query', [
          {
            alias: 'list',
            field: `versions${plural}`,
            args: { where: { parent: { equals: id } } },
            selection: '{ docs { id } }',
          },
          {
            alias: 'one',
            field: `version${singular}`,
            args: { id: made.versionId },
            selection: '{ id }',
          },
        ])
        const list = answer.data.list as { docs?: unknown[] } | null | undefined
        const sees = [(list?.docs ?? []).length > 0, docIdOf(answer.data.one) !== undefined]
        const observed = observe(answer, sees.every(Boolean))
        if (!observed.problem && sees.some(Boolean) && !sees.every(Boolean))
          observed.problem = `ways of reading versions disagree (list, by id): ${sees.join(', ')}`
        return observed
      }
      case 'create':
        return mutate(`create${singular}`, { data: made.data })
      case 'update':
        return mutate(`update${singular}`, { id, data: made.data })
      case 'publish':
        return mutate(`update${singular}`, { id, data: { _status: 'published' } })
      case 'delete':
        return mutate(`delete${singular}`, { id })
      case 'duplicate':
        return mutate(`duplicate${singular}`, { id, data: await duplicateData(attempt) })
      case 'restoreVersion':
        return mutate(`restoreVersion${singular}`, { id: made.versionId })
      case 'unlock':
        return mutate(`unlock${singular}`, { email: made.email }, '')
      default:
        throw new Error(`GraphQL cannot ${operation}`)
    }
  }

  const fieldFor = (subject: string, operation: Operation): [Kind, string] => {
    const { singular, plural } = graphqlNames(subject)
    const fields: Partial<Record<Operation, [Kind, string]>> = {
      read: ['query', singular],
      readVersions: ['query', `versions${plural}`],
      create: ['mutation', `create${singular}`],
      update: ['mutation', `update${singular}`],
      publish: ['mutation', `update${singular}`],
      delete: ['mutation', `delete${singular}`],
      duplicate: ['mutation', `duplicate${singular}`],
      restoreVersion: ['mutation', `restoreVersion${singular}`],
      unlock: ['mutation', `unlock${singular}`],
    }
    return fields[operation] ?? ['query', '']
  }

  return {
    name: 'GraphQL',
    performs: (subject, operation) => {
      const [kind, field] = fieldFor(subject, operation)
      return GRAPHQL_OPERATIONS.has(operation) && schema[kind].has(field)
    },
    refusesEveryone: (subject, operation) =>
      operation === 'create' &&
      config.collections.some((collection) => collection.slug === subject && collection.upload)
        ? 'GraphQL takes no file, so no upload can be created through it'
        : undefined,
    perform,
  }
}
