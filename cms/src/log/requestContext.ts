// The request id of the request being served, for every log line written while serving it
// (Payload's included: its logger's mixin reads it). One AsyncLocalStorage per process, kept on
// globalThis: Next's bundle and the front server may load this module twice.
import { AsyncLocalStorage } from 'node:async_hooks'

interface RequestContext {
  requestId: string
}

const KEY = Symbol.for('campaign-banner.request-context')

const storage = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

export const runWithRequestId = <T>(requestId: string, run: () => T): T =>
  storage.run({ requestId }, run)

export const currentRequestId = (): string | undefined => storage.getStore()?.requestId
