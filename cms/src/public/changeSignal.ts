// A process-wide count of content changes. The public cache lives in the front server's module
// graph while editors' saves may run in Next's copy of Payload (its own bundled modules in
// development), so the two meet on `globalThis`, the one object every copy in the process shares.
// Other processes (more web instances, the jobs worker) learn of a change through the database's
// change marker (changeMarker.ts), which bumps this same count.

const KEY = Symbol.for('campaign-banner.public-content-version')

type Signal = { version: number }

const signal = ((globalThis as Record<symbol, unknown>)[KEY] ??= { version: 0 }) as Signal

export const contentVersion = (): number => signal.version

export const signalContentChange = (): void => {
  signal.version += 1
}
