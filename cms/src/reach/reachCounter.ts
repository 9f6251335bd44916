// Counts banner displays and /go clicks in memory and adds them to the database at most once per
// flush interval and on shutdown. What a request leaves behind is one increment under
// kind|audience|edition|site in a 15-minute time slot: no address, user agent, cookie or other
// identifier is kept. Slots become the site's calendar days at flush time (every zone's offset is
// a multiple of 15 minutes), so the hot path needs neither the site nor its zone.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import type { CurrentCampaignResponse } from '@campaign/shared/contract'
import { calendarDateIn } from '@campaign/shared/schedule'
import type { Payload } from 'payload'

import type { Site } from '../payload-types'
import { isBot } from './isBot'
import type { ReachKind } from './reachKinds'

const SLOT_MS = 15 * 60_000

interface Tally {
  displays: number
  clicks: number
}

/** Counts one request for a site; `current` is what the site shows now (no campaign: nothing). */
export type CountRequest = (
  request: IncomingMessage,
  current: CurrentCampaignResponse | undefined,
) => void

export interface ReachCounterOptions {
  payload: Payload
  /** Seconds between two writes to the database (0: only when flush() is called). */
  flushSeconds: number
  /** Rows whose day is older than this many years are deleted (checked once a day). */
  retentionYears: number
  /** The clock; tests pass one that crosses a site's midnight. */
  now?: () => Date
  /** Requests not counted: a signed-in editor's browser (dashboard, Embed panel, own portal). */
  ignores?: (request: IncomingMessage) => boolean
}

interface StoredRow {
  id: number | string
  displays: number
  clicks: number
}

/** One database row's increment, and the memory keys it was made of (put back if it fails). */
interface RowIncrement {
  site: number | string
  edition: string
  day: string
  kind: ReachKind
  isBot: boolean
  tally: Tally
  parts: Array<[slot: number, key: string, tally: Tally]>
}

const add = (into: Tally, from: Tally) => {
  into.displays += from.displays
  into.clicks += from.clicks
}

export const createReachCounter = ({
  payload,
  flushSeconds,
  retentionYears,
  now,
  ignores = () => false,
}: ReachCounterOptions) => {
  // The hot path reads the clock once per request: no Date object unless a test injects a clock.
  const clock = now ? () => now().getTime() : Date.now
  // This process's rows are its own: no other instance adds to them (see ReachCounts).
  const writer = randomBytes(8).toString('hex')
  const slots = new Map<number, Map<string, Tally>>()
  let slot = -1
  let tallies = new Map<string, Tally>()
  /** Sites whose counting is off, learnt at each flush: their requests are not even tallied. */
  const off = new Set<string>()
  const stored = new Map<string, StoredRow>()
  let prunedOn = ''
  let flushing: Promise<void> = Promise.resolve()

  const talliesNow = (): Map<string, Tally> => {
    const current = Math.floor(clock() / SLOT_MS)
    if (current !== slot) {
      slot = current
      tallies = slots.get(slot) ?? new Map<string, Tally>()
      slots.set(slot, tallies)
    }
    return tallies
  }

  const bump = (key: string, field: keyof Tally) => {
    const into = talliesNow()
    const tally = into.get(key)
    if (tally) tally[field] += 1
    else into.set(key, { displays: 0, clicks: 0, [field]: 1 })
  }

  /** A counting function for one site and snippet kind; it keeps the last edition's keys. */
  const counterFor = (slug: string, kind: ReachKind, field: keyof Tally): CountRequest => {
    let edition = ''
    let keys: [person: string, bot: string] = ['', '']
    return (request, current) => {
      if (request.method === 'HEAD' || current?.kind !== 'campaign' || off.has(slug)) return
      if (ignores(request)) return
      const id = current.campaign.id
      if (id !== edition) {
        edition = id
        keys = [`${kind}|0|${id}|${slug}`, `${kind}|1|${id}|${slug}`]
      }
      bump(keys[isBot(request.headers['user-agent']) ? 1 : 0], field)
    }
  }

  const putBack = (parts: RowIncrement['parts']) => {
    for (const [at, key, tally] of parts) {
      const into = slots.get(at) ?? new Map<string, Tally>()
      slots.set(at, into)
      const known = into.get(key)
      if (known) add(known, tally)
      else into.set(key, { ...tally })
    }
  }

  const sitesBySlug = async (slugs: string[]) => {
    const { docs } = await payload.find({
      collection: 'sites',
      where: { slug: { in: slugs } },
      select: { slug: true, timeZone: true, countReach: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return new Map(docs.map((site) => [site.slug, site]))
  }

  /** Groups the taken slots into rows: per site, edition, local day, kind and audience. */
  const rowsOf = async (taken: Map<number, Map<string, Tally>>) => {
    const slugs = new Set(off)
    for (const into of taken.values())
      for (const key of into.keys()) slugs.add(key.split('|')[3] ?? '')
    const sites = await sitesBySlug([...slugs])
    off.clear()
    for (const [slug, site] of sites) if (site.countReach === false) off.add(slug)
    const rows = new Map<string, RowIncrement>()
    for (const [at, into] of taken) {
      for (const [key, tally] of into) {
        const [kind, bot, edition = '', slug = ''] = key.split('|') as [
          ReachKind,
          string,
          string,
          string,
        ]
        const site = sites.get(slug)
        // A site deleted or with counting off since: its counts are dropped, never stored.
        if (!site || site.countReach === false) continue
        const day = calendarDateIn(new Date(at * SLOT_MS), site.timeZone)
        const isBotRow = bot === '1'
        const rowKey = `${writer}|${site.id}|${edition}|${day}|${kind}|${isBotRow ? 'bot' : 'people'}`
        const row = rows.get(rowKey) ?? {
          site: site.id,
          edition,
          day,
          kind,
          isBot: isBotRow,
          tally: { displays: 0, clicks: 0 },
          parts: [],
        }
        add(row.tally, tally)
        row.parts.push([at, key, tally])
        rows.set(rowKey, row)
      }
    }
    return rows
  }

  /** Adds a row's increment: this process is its only writer, so read-add-write cannot race. */
  const write = async (key: string, row: RowIncrement) => {
    let known = stored.get(key)
    if (!known) {
      const { docs } = await payload.find({
        collection: 'reach-counts',
        where: { key: { equals: key } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      const found = docs[0]
      if (found) known = { id: found.id, displays: found.displays, clicks: found.clicks }
    }
    const displays = (known?.displays ?? 0) + row.tally.displays
    const clicks = (known?.clicks ?? 0) + row.tally.clicks
    const id = known
      ? (
          await payload.update({
            collection: 'reach-counts',
            id: known.id,
            data: { displays, clicks },
            depth: 0,
            overrideAccess: true,
          })
        ).id
      : (
          await payload.create({
            collection: 'reach-counts',
            data: {
              key,
              writer,
              // Typed from the SQLite schema; on MongoDB the same field holds the ObjectId string.
              site: row.site as Site['id'],
              edition: row.edition,
              day: row.day,
              kind: row.kind,
              isBot: row.isBot,
              displays,
              clicks,
            },
            depth: 0,
            overrideAccess: true,
          })
        ).id
    stored.set(key, { id, displays, clicks })
  }

  /** Deletes rows older than the retention, at most once a (UTC) day. */
  const prune = async () => {
    const today = calendarDateIn(new Date(clock()), 'UTC')
    if (today === prunedOn) return
    const cutoff = `${String(Number(today.slice(0, 4)) - retentionYears).padStart(4, '0')}${today.slice(4)}`
    await payload.delete({
      collection: 'reach-counts',
      where: { day: { less_than: cutoff } },
      depth: 0,
      overrideAccess: true,
    })
    prunedOn = today
  }

  const flushOnce = async () => {
    const taken = new Map(slots)
    slots.clear()
    slot = -1
    let rows: Map<string, RowIncrement>
    try {
      rows = await rowsOf(taken)
    } catch (error) {
      for (const [at, into] of taken) putBack([...into].map(([key, tally]) => [at, key, tally]))
      throw error
    }
    const days = new Set<string>()
    let failure: unknown
    for (const [key, row] of rows) {
      days.add(row.day)
      try {
        await write(key, row)
      } catch (error) {
        stored.delete(key)
        putBack(row.parts)
        failure = error
      }
    }
    // Rows of days no longer counted are looked up again if ever needed: memory stays small.
    for (const [key] of stored) if (!days.has(key.split('|')[3] ?? '')) stored.delete(key)
    await prune()
    if (failure) throw failure
  }

  /** Writes what was counted so far (one flush at a time); a failure keeps it for the next. */
  const flush = (): Promise<void> => {
    flushing = flushing.then(flushOnce).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: 'reach counts: flush failed; kept for the next one' })
    })
    return flushing
  }

  const timer =
    flushSeconds > 0 ? setInterval(() => void flush(), flushSeconds * 1000).unref() : undefined

  return {
    counterFor,
    flush,
    /** Stops the timer and writes what is left (shutdown). */
    stop: (): Promise<void> => {
      if (timer) clearInterval(timer)
      return flush()
    },
    /** Tallies waiting in memory (tests; bounded by sites × editions × kinds × time slots). */
    pendingSize: () => [...slots.values()].reduce((sum, into) => sum + into.size, 0),
  }
}

export type ReachCounter = ReturnType<typeof createReachCounter>
