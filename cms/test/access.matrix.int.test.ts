// The access matrix (test/helpers/access/matrix.ts), tried cell by cell through every way in that
// can attempt it: REST and GraphQL over HTTP, the admin's server functions, and the Local API for
// collections nothing else reaches. A collection, route, GraphQL field or operation the matrix
// does not cover fails here, so a new one needs its access decided first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminFunctionsChannel } from './helpers/access/adminFunctions'
import { runCell } from './helpers/access/cell'
import type { Channel } from './helpers/access/channel'
import type { Schema } from './helpers/access/graphql'
import { graphqlChannel, loadSchema } from './helpers/access/graphql'
import { localApiChannel } from './helpers/access/localApi'
import type { Expected, Outcome, Role } from './helpers/access/matrix'
import { ACCESS_MATRIX, matrixRows, ROLES } from './helpers/access/matrix'
import type { Meaning } from './helpers/access/operations'
import {
  GLOBAL_GRAPHQL_FIELDS,
  graphqlFields,
  graphqlNames,
  REST_ROUTES,
  routesOf,
  supportedOperations,
} from './helpers/access/operations'
import { restChannel } from './helpers/access/rest'
import { startApiServer } from './helpers/httpServer'
import { passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
let schema: Schema
let channels: Channel[] = []

beforeAll(async () => {
  // Hundreds of refusals are expected here; Payload would log each one, with its stack.
  t.payload.logger.level = 'silent'
  api = await startApiServer(t.payload.config)
  const tokens: Record<Role, string | null> = {
    anonymous: null,
    editorA: null,
    editorB: null,
    admin: null,
  }
  for (const role of ['editorA', 'editorB', 'admin'] as const) {
    const user = t.world[role]
    tokens[role] = await api.login(user.email, passwordOf(user))
  }
  schema = await loadSchema(api.origin, tokens.admin ?? '')
  channels = [
    restChannel(api.origin, tokens, t.payload.config),
    graphqlChannel(api.origin, tokens, schema, t.payload.config),
    adminFunctionsChannel(t.payload, tokens),
    localApiChannel(t.payload.config),
  ]
})

afterAll(async () => {
  await api.close()
})

const everyone = (outcome: Outcome): Expected =>
  Object.fromEntries(ROLES.map((role) => [role, outcome])) as Expected

describe('the matrix covers the whole config', () => {
  it('has a row for every collection, and no row without one', () => {
    const slugs = t.payload.config.collections.map((collection) => collection.slug).sort()
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual(slugs)
  })

  it('lists every operation each collection supports, and no other', () => {
    const listed = Object.fromEntries(
      matrixRows().map(([slug, row]) => [slug, Object.keys(row).sort()]),
    )
    const supported = Object.fromEntries(
      t.payload.config.collections.map((collection) => [
        collection.slug,
        [...supportedOperations(collection)].sort(),
      ]),
    )
    expect(listed).toEqual(supported)
  })

  it('knows what every REST route means', () => {
    const unknown = t.payload.config.collections.flatMap((collection) =>
      routesOf(collection)
        .filter((route) => !Object.hasOwn(REST_ROUTES, route))
        .map((route) => `${collection.slug}: ${route}`),
    )
    expect(unknown).toEqual([])
  })

  it('fails a cell whose answer names a site the caller may not see', async () => {
    const leaky: Channel = {
      name: 'leaky',
      performs: () => true,
      perform: async () => ({ status: 200, body: JSON.stringify(t.world.siteB), isReturned: true }),
    }
    const cell = { subject: 'sites', operation: 'read', target: 'site A' } as const
    expect(await runCell(leaky, t, { ...cell, role: 'editorA' })).toMatch(/a site editorA may not/)
    expect(await runCell(leaky, t, { ...cell, role: 'admin' })).toBe('allowed')
  })

  it('knows what every GraphQL field means, for operations the collection supports', () => {
    const known = new Map<string, { slug: string | null; meaning: Meaning }>()
    for (const [field, meaning] of Object.entries(GLOBAL_GRAPHQL_FIELDS))
      known.set(field, { slug: null, meaning })
    for (const collection of t.payload.config.collections) {
      const { query, mutation } = graphqlFields(graphqlNames(collection.slug))
      for (const [field, meaning] of [...Object.entries(query), ...Object.entries(mutation)])
        known.set(field, { slug: collection.slug, meaning })
    }
    const problems = [...schema.query.keys(), ...schema.mutation.keys()].flatMap((field) => {
      const entry = known.get(field)
      if (!entry) return [`${field}: unknown`]
      const { slug, meaning } = entry
      const collection = t.payload.config.collections.find((each) => each.slug === slug)
      if (typeof meaning !== 'string' || !collection) return []
      return supportedOperations(collection).has(meaning)
        ? []
        : [`${field}: ${meaning}, which ${slug} does not list`]
    })
    expect(problems).toEqual([])
  })
})

for (const [subject, row] of matrixRows()) {
  describe(subject, () => {
    for (const [operation, targets] of Object.entries(row) as Array<
      [keyof typeof row & string, Record<string, Expected>]
    >) {
      for (const [target, expected] of Object.entries(targets)) {
        it(`${operation}: ${target}`, async () => {
          const ways = channels.filter((channel) => channel.performs(subject, operation, target))
          expect(ways.length, 'some way in attempts this cell').toBeGreaterThan(0)
          const want: Record<string, Expected> = {}
          const got: Record<string, Record<Role, string>> = {}
          for (const channel of ways) {
            const refused = channel.refusesEveryone?.(subject, operation)
            want[channel.name] = refused ? everyone('denied') : expected
            const outcomes = {} as Record<Role, string>
            for (const role of ROLES)
              outcomes[role] = await runCell(channel, t, { subject, operation, target, role })
            got[channel.name] = outcomes
          }
          expect(got).toEqual(want)
        })
      }
    }
  })
}
