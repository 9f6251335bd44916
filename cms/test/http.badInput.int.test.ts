// Bad input gets a clear answer, never a 500: every collection's REST routes, probed with
// requests generated from the config (see helpers/badInputCases), as a stranger and as an admin.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { handleEndpoints } from 'payload'

import { checkMethodOverride } from '../src/input/checkMethodOverride'
import config from '../src/payload.config'
import { samplePdf } from '../src/seed/samplePdf'
import type { Permissions, Probe } from './helpers/badInputCases'
import {
  anyExistingId,
  badBodyProbes,
  badParamProbes,
  badWhereProbes,
  goodWhereProbes,
  malformedIdProbes,
  missingFileProbes,
  missingIdLike,
  isPermitted,
  missingIdProbes,
  undecodablePathProbes,
} from './helpers/badInputCases'
import { startApiServer } from './helpers/httpServer'
import { editionData, passwordOf, useWorld } from './helpers/world'

const t = useWorld()
let api: Awaited<ReturnType<typeof startApiServer>>
let adminToken = ''
let someId = ''
let missingId = ''
/** One document's id per collection, where the collection has any. */
const existingIds = new Map<string, string>()
let mediaFilename = ''
const permissions = new Map<Caller, Permissions>()

const sanitized = await config
const collections = sanitized.collections.filter((collection) => collection.endpoints !== false)

beforeAll(async () => {
  api = await startApiServer(t.payload.config)
  adminToken = await api.login(t.world.admin.email, passwordOf(t.world.admin))
  await t.payload.create({ collection: 'campaigns', data: editionData(t.world.siteA) })
  const data = samplePdf(['Ke hoach'])
  const media = await t.payload.create({
    collection: 'media',
    data: { title: 'Kế hoạch' },
    file: { data, mimetype: 'application/pdf', name: 'bad-input.pdf', size: data.length },
  })
  mediaFilename = media.filename ?? ''
  await t.payload.create({
    collection: 'documents',
    data: { number: '12/KH-UBND', type: 'ke-hoach', file: media.id },
  })
  for (const collection of collections) {
    const { docs } = await t.payload.find({ collection: collection.slug, limit: 1, depth: 0 })
    if (docs[0]) existingIds.set(collection.slug, String(docs[0].id))
  }
  someId = await anyExistingId(t.payload)
  missingId = missingIdLike(someId)
  for (const caller of CALLERS) {
    const response = await fetch(`${api.origin}/api/access`, { headers: authorization(caller) })
    permissions.set(caller, ((await response.json()) as { collections: Permissions }).collections)
  }
})

// Probes of the auth routes sign the admin out (`/logout`): sign in again when that happened.
beforeEach(async () => {
  const me = await fetch(`${api.origin}/api/users/me`, { headers: authorization('admin') })
  const { user } = (await me.json()) as { user: unknown }
  if (!user) adminToken = await api.login(t.world.admin.email, passwordOf(t.world.admin))
})

afterAll(async () => {
  await api.close()
  for (const collection of ['campaigns', 'documents', 'media'] as const) {
    await t.payload.delete({ collection, where: { id: { exists: true } } })
  }
})

interface Answer {
  status: number
  text: string
}

const CALLERS = ['anonymous', 'admin'] as const
type Caller = (typeof CALLERS)[number]

const authorization = (caller: Caller): Record<string, string> =>
  caller === 'admin' ? { authorization: `JWT ${adminToken}` } : {}

const permissionsOf = (caller: Caller): Permissions => permissions.get(caller) ?? {}

const send = async (probe: Probe, caller: Caller): Promise<Answer> => {
  const headers = authorization(caller)
  if (probe.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${api.origin}${probe.path}`, {
    method: probe.method,
    headers,
    body: probe.body,
  })
  return { status: response.status, text: await response.text() }
}

/** A 4xx answer carries Payload's error shape with a message a person can read. */
const hasErrorMessage = (text: string): boolean => {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown }> }
    const message = body.errors?.[0]?.message
    return typeof message === 'string' && message.length > 0
  } catch {
    return false
  }
}

/** Sends every probe as each caller; returns one line per answer that breaks the rule. */
const failuresOf = async (
  probesFor: (caller: Caller) => Probe[],
  callers: readonly Caller[] = CALLERS,
): Promise<string[]> => {
  const failures: string[] = []
  for (const caller of callers) {
    const probes = probesFor(caller)
    // A few at a time: quick, and gentle on the one SQLite file.
    for (let i = 0; i < probes.length; i += 8) {
      const batch = probes.slice(i, i + 8)
      const answers = await Promise.all(batch.map((probe) => send(probe, caller)))
      batch.forEach((probe, j) => {
        const { status, text } = answers[j] as Answer
        const expected = probe.status === undefined ? undefined : [probe.status].flat()
        const isWrongStatus = expected === undefined ? status >= 500 : !expected.includes(status)
        const isUnclear = probe.status !== undefined && !hasErrorMessage(text)
        if (isWrongStatus || isUnclear) {
          failures.push(
            `${caller} ${probe.method} ${probe.path} (${probe.label}): ${status} ${text.slice(0, 160)}`,
          )
        }
      })
    }
  }
  return failures
}

describe.each(collections.map((collection) => [collection.slug, collection] as const))(
  '%s over REST',
  (_slug, collection) => {
    const idFor = () => existingIds.get(collection.slug) ?? missingId

    it('answers a malformed id with 404 on every document route', async () => {
      expect(await failuresOf(() => malformedIdProbes(collection))).toEqual([])
    })

    it('answers a well-formed id no document has with 404, or 403 without access', async () => {
      const failures = await failuresOf((caller) =>
        missingIdProbes(collection, missingId, permissionsOf(caller)),
      )
      expect(failures).toEqual([])
    })

    it('answers an undecodable path with 400', async () => {
      expect(await failuresOf(() => undecodablePathProbes(collection))).toEqual([])
    })

    it('answers a where value its field cannot hold with 400, or 403 without access', async () => {
      const failures = await failuresOf((caller) =>
        badWhereProbes(collection, permissionsOf(caller)),
      )
      expect(failures).toEqual([])
    })

    it('answers malformed depth, limit, page and where with 400, odd sort or locale without a 500', async () => {
      expect(await failuresOf(() => badParamProbes(collection, idFor()))).toEqual([])
    })

    it('answers a body that is not JSON with 400, JSON that is not an object without a 500', async () => {
      expect(await failuresOf(() => badBodyProbes(collection, idFor()))).toEqual([])
    })

    it('answers a missing file with 404', async () => {
      expect(await failuresOf(() => missingFileProbes(collection))).toEqual([])
    })

    it('answers valid where values as it answers no where at all', async () => {
      const statusOf = async (path: string, caller: Caller) =>
        (await send({ label: path, method: 'GET', path }, caller)).status
      const mismatches: string[] = []
      for (const caller of CALLERS) {
        const baselines = new Map<string, number>()
        for (const { label, rest, query } of goodWhereProbes(collection, someId)) {
          const path = `/api/${collection.slug}${rest}`
          if (!baselines.has(rest)) baselines.set(rest, await statusOf(path, caller))
          const baseline = baselines.get(rest)
          const status = await statusOf(`${path}?${query}`, caller)
          if (status !== baseline)
            mismatches.push(`${caller} ${label}: ${status} (without: ${baseline})`)
        }
      }
      expect(mismatches).toEqual([])
    })
  },
)

describe('answers in words', () => {
  const messageOf = async (path: string) => {
    const response = await fetch(`${api.origin}${path}`, {
      headers: { 'accept-language': 'en', ...authorization('admin') },
    })
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    return { status: response.status, message: body.errors[0]?.message }
  }

  it('names the filter and the value a field cannot hold', async () => {
    expect(await messageOf('/api/campaigns?where[year][equals]=abc')).toEqual({
      status: 400,
      message: 'The filter "year equals" takes a number, not "abc".',
    })
  })

  it('names the id no document has and the file that is not there', async () => {
    expect(await messageOf('/api/campaigns/abc')).toEqual({
      status: 404,
      message: 'No document has the id "abc".',
    })
    expect(await messageOf('/api/media/file/no-such-file.pdf')).toEqual({
      status: 404,
      message: 'There is no file "no-such-file.pdf".',
    })
  })
})

describe('GraphQL', () => {
  it('refuses a where value its field cannot hold with the same message', async () => {
    const response = await fetch(`${api.origin}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({
        query: '{ Campaigns(where: { sites: { equals: "abc" } }) { docs { id } } }',
      }),
    })
    const body = (await response.json()) as { errors?: Array<{ message: string }> }
    expect(body.errors?.map(({ message }) => message)).toEqual([
      'The filter "sites equals" takes a document id, not "abc".',
    ])
  })
})

describe('POST with X-HTTP-Method-Override: GET (as the API route file serves it)', () => {
  const overridden = (body: string) =>
    new Request('http://cms.test/api/campaigns', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-http-method-override': 'GET',
        'accept-language': 'en',
      },
      body,
    })
  const handle = checkMethodOverride((request: Request) =>
    handleEndpoints({ config: t.payload.config, request }),
  )

  it('is a 500 from Payload alone when the body is not JSON', async () => {
    await expect(
      handleEndpoints({ config: t.payload.config, request: overridden('{"unclosed": ') }),
    ).rejects.toThrow(SyntaxError)
  })

  it('answers 400 for a body that is not a JSON object, and serves a valid one', async () => {
    for (const body of ['{"unclosed": ', '', 'null', '[]']) {
      const response = await handle(overridden(body))
      expect({ body, status: response.status }).toEqual({ body, status: 400 })
      expect(hasErrorMessage(await response.text())).toBe(true)
    }
    const response = await handle(overridden('{"depth": 0}'))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
  })
})

describe('valid requests', () => {
  const get = (path: string, token?: string) =>
    fetch(`${api.origin}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })

  it('an admin reads every collection with a document: list, count and by id', async () => {
    // Payload's key-value store (it holds the change marker's record) is closed to everyone over
    // REST; its 403 answers are checked with the other probes above.
    const closed = collections
      .filter((collection) => existingIds.has(collection.slug))
      .filter((collection) => !isPermitted(collection, 'read', permissionsOf('admin')))
      .map((collection): string => collection.slug)
    expect(closed).toEqual(['payload-kv'])
    for (const [slug, id] of existingIds) {
      if (closed.includes(slug)) continue
      for (const path of [`/api/${slug}`, `/api/${slug}/count`, `/api/${slug}/${id}?depth=1`]) {
        expect({ path, status: (await get(path, adminToken)).status }).toEqual({
          path,
          status: 200,
        })
      }
    }
  })

  it('a stranger reads published campaigns filtered by year, site and date', async () => {
    const query = [
      'where[year][equals]=2025',
      `where[sites][in]=${t.world.siteA.id}`,
      'where[campaignWindow.start][less_than_equal]=2025-12-31',
      'where[_status][equals]=published',
      'sort=-year',
      'limit=5',
      'page=1',
      'depth=0',
      'locale=en',
    ].join('&')
    const response = await get(`/api/campaigns?${query}`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
  })

  it('an uploaded file is still served', async () => {
    const response = await get(`/api/media/file/${mediaFilename}`, adminToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
  })
})
