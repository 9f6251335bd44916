// The REST channel: Payload's handlers over real HTTP, signed in with `authorization: JWT …`.
import type { SanitizedConfig } from 'payload'

import { routeOf } from '../badInputCases'
import type { Attempt, Channel, Observation } from './channel'
import type { Id } from './context'
import type { Operation, Role } from './matrix'

const REST_OPERATIONS = new Set<Operation>([
  'read',
  'create',
  'update',
  'delete',
  'duplicate',
  'nextEdition',
  'publish',
  'readVersions',
  'restoreVersion',
  'unlock',
  'firstRegister',
  'run',
  'pasteUrl',
])

interface Sent {
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  path: string
  json?: unknown
  form?: FormData
}

const whereId = (id: Id, field = 'id') =>
  `where[${field}][equals]=${encodeURIComponent(String(id))}`

const idOf = (body: unknown): string | undefined => {
  const doc =
    typeof body === 'object' && body !== null && 'doc' in body
      ? (body as { doc: unknown }).doc
      : body
  return typeof doc === 'object' && doc !== null && 'id' in doc ? String(doc.id) : undefined
}

const docIds = (body: unknown): string[] => {
  const docs = typeof body === 'object' && body !== null && 'docs' in body ? body.docs : undefined
  return Array.isArray(docs) ? docs.map((doc: { id?: unknown }) => String(doc.id)) : []
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const restChannel = (
  origin: string,
  tokens: Record<Role, string | null>,
  config: SanitizedConfig,
): Channel => {
  const send = async (role: Role, { method, path, json, form }: Sent) => {
    const headers: Record<string, string> = {}
    const token = tokens[role]
    if (token) headers.authorization = `JWT ${token}`
    if (json !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${origin}${path}`, {
      method,
      headers,
      body: form ?? (json === undefined ? undefined : JSON.stringify(json)),
    })
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8')
    return { status: response.status, body, parsed: parse(body) }
  }

  /** Several ways of reading one thing: all must agree. */
  const readAll = async (
    role: Role,
    paths: Array<[string, (parsed: unknown, status: number) => boolean]>,
  ) => {
    const answers = await Promise.all(
      paths.map(async ([path, sees]) => {
        const answer = await send(role, { method: 'GET', path })
        return { path, answer, sees: answer.status < 300 && sees(answer.parsed, answer.status) }
      }),
    )
    const seen = answers.filter((each) => each.sees).length
    const observed: Observation = {
      status: Math.max(...answers.map((each) => each.answer.status)),
      body: answers.map((each) => each.answer.body).join('\n'),
      isReturned: seen === answers.length,
    }
    if (seen > 0 && seen < answers.length)
      observed.problem = `ways of reading disagree: ${answers.map((each) => `${each.path} ${each.sees ? 'sees it' : `does not (${each.answer.status})`}`).join('; ')}`
    return observed
  }

  const perform = async ({
    subject,
    operation,
    role,
    case: made,
  }: Attempt): Promise<Observation> => {
    const base = `/api/${subject}`
    const id = String(made.id ?? '')
    const collection = config.collections.find((each) => each.slug === subject)
    if (!collection) throw new Error(`no collection ${subject}`)
    const answers = (method: 'DELETE' | 'GET', rest: string, template: string) =>
      routeOf(collection, method, rest) === template
    // Preferences answer GET and DELETE /:key (the caller's own, by key) before /:id and /count.
    const byKey = (method: 'DELETE' | 'GET') =>
      made.key !== undefined && answers(method, `/${made.key}`, '/:key')
    const address = (method: 'DELETE' | 'GET') => (byKey(method) ? (made.key ?? '') : id)
    const one = async (sent: Sent): Promise<Observation> => {
      const { status, body } = await send(role, sent)
      return { status, body, isReturned: status < 300 }
    }
    switch (operation) {
      case 'read': {
        const paths: Array<[string, (parsed: unknown) => boolean]> = [
          [
            `${base}/${encodeURIComponent(address('GET'))}?depth=1&draft=true`,
            (doc) => idOf(doc) === id,
          ],
          [`${base}?${whereId(id)}&depth=1&draft=true`, (list) => docIds(list).includes(id)],
        ]
        if (answers('GET', '/count', '/count'))
          paths.push([
            `${base}/count?${whereId(id)}`,
            (count) => Number((count as { totalDocs?: unknown } | undefined)?.totalDocs) > 0,
          ])
        if (made.filename)
          paths.push([`${base}/file/${encodeURIComponent(made.filename)}`, () => true])
        return readAll(role, paths)
      }
      case 'readVersions':
        return readAll(role, [
          [`${base}/versions?${whereId(id, 'parent')}`, (list) => docIds(list).length > 0],
          [
            `${base}/versions/${String(made.versionId)}`,
            (doc) => idOf(doc) === String(made.versionId),
          ],
        ])
      case 'create': {
        if (!made.file) return one({ method: 'POST', path: base, json: made.data })
        const form = new FormData()
        form.append(
          'file',
          new Blob([new Uint8Array(made.file.data)], { type: made.file.mimetype }),
          made.file.name,
        )
        form.append('_payload', JSON.stringify(made.data))
        return one({ method: 'POST', path: base, form })
      }
      case 'update':
        return one({ method: 'PATCH', path: `${base}/${id}`, json: made.data })
      case 'publish':
        return one({ method: 'PATCH', path: `${base}/${id}`, json: { _status: 'published' } })
      case 'delete':
        return one({ method: 'DELETE', path: `${base}/${encodeURIComponent(address('DELETE'))}` })
      case 'duplicate':
        return one({ method: 'POST', path: `${base}/${id}/duplicate`, json: made.data ?? {} })
      case 'nextEdition':
        return one({ method: 'POST', path: `${base}/${id}/next-edition`, json: {} })
      case 'restoreVersion':
        return one({ method: 'POST', path: `${base}/versions/${String(made.versionId)}` })
      case 'unlock':
        return one({ method: 'POST', path: `${base}/unlock`, json: { email: made.email } })
      case 'firstRegister':
        return one({ method: 'POST', path: `${base}/first-register`, json: made.data })
      case 'run':
        return one({ method: 'GET', path: `${base}/run` })
      case 'pasteUrl':
        return one({
          method: 'GET',
          path: `${base}/paste-url?src=${encodeURIComponent(String(made.data?.src))}`,
        })
      default:
        throw new Error(`REST cannot ${operation}`)
    }
  }

  return {
    name: 'REST',
    performs: (subject, operation) =>
      REST_OPERATIONS.has(operation) &&
      // A collection with `endpoints: false` (Payload's migrations) has no routes at all.
      config.collections.some((collection) => collection.slug === subject && collection.endpoints),
    perform,
  }
}
