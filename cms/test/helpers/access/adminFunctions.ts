// The admin's server functions. Payload's `handleServerFunctions` cannot run outside Next (its
// initReq reads `next/headers`), so each handler is called as it calls it: with a request built
// from the caller's JWT by Payload's own auth strategies and `createLocalReq`, plus the defaults
// it adds (permissions, locale, cookies). `form-state` itself renders fields through Next's
// import map; its locking step (`handleFormStateLocking`, what it runs when asked for the lock
// status) is called instead, behind the guard our layout puts in front of it.
import { copyDataFromLocaleHandler } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import {
  getUpcomingScheduledPublishHandler,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { DefaultServerFunctionArgs, Payload } from 'payload'
import { canAccessAdmin, createLocalReq, executeAuthStrategies, getAccessResults } from 'payload'

import { withoutForeignLock } from '../../../src/access/withoutForeignLock'
import type { Attempt, Channel, Observation } from './channel'
import { messageOf, statusOf } from './channel'
import type { Operation, Role, Subject } from './matrix'

/** The cells that go through a server function, by the function the admin calls. */
const PERFORMED: Partial<Record<Subject, Partial<Record<Operation, readonly string[] | 'all'>>>> = {
  // schedule-publish and get-upcoming-scheduled-publish (the publish button's drawer).
  campaigns: {
    schedule: 'all',
    unschedule: 'all',
    readSchedule: 'all',
    // copy-data-from-locale: a plain edit, the only kind it makes.
    update: ['draft on A', 'draft shared by A and B'],
  },
  documents: { update: ['private on A', 'used by a published campaign on A', 'national'] },
  media: { update: ['private on A', 'used by a published campaign on A', 'national'] },
  // form-state, which locks the document being edited.
  'payload-locked-documents': { create: ['on a campaign on A, as oneself'] },
}

const argsFor = async (
  payload: Payload,
  token: string | null,
): Promise<DefaultServerFunctionArgs> => {
  const headers = new Headers(token ? { authorization: `JWT ${token}` } : {})
  const { user } = await executeAuthStrategies({ headers, payload })
  const req = await createLocalReq({ req: { headers, user } }, payload)
  return {
    cookies: new Map<string, string>(),
    importMap: {},
    locale: undefined,
    permissions: await getAccessResults({ req }),
    req,
    user,
  }
}

const answered = (result: unknown): Observation => {
  const body = JSON.stringify(result) ?? ''
  const isRefused = typeof result === 'object' && result !== null && 'error' in result
  return { status: isRefused ? 403 : 200, body }
}

export const adminFunctionsChannel = (
  payload: Payload,
  tokens: Record<Role, string | null>,
): Channel => {
  const perform = async ({
    subject,
    operation,
    role,
    case: made,
  }: Attempt): Promise<Observation> => {
    const defaults = await argsFor(payload, tokens[role])
    const campaign = { relationTo: 'campaigns' as const, value: String(made.id) }
    try {
      switch (operation) {
        case 'schedule':
          return answered(
            await schedulePublishHandler({
              ...defaults,
              type: 'publish',
              doc: campaign,
              date: new Date(Date.now() + 86_400_000),
            }),
          )
        case 'unschedule':
          return answered(await schedulePublishHandler({ ...defaults, deleteID: made.jobId }))
        case 'readSchedule': {
          const upcoming = await getUpcomingScheduledPublishHandler({
            ...defaults,
            id: made.id,
            collectionSlug: 'campaigns',
          })
          return {
            ...answered(upcoming),
            isReturned: upcoming.some((event) => String(event.id) === String(made.jobId)),
          }
        }
        case 'update':
          return answered(
            await copyDataFromLocaleHandler({
              ...defaults,
              collectionSlug: subject,
              docID: made.id,
              fromLocale: 'vi',
              toLocale: 'en',
              overrideData: true,
            }),
          )
        case 'create': {
          // As form-state runs it: admin access first, then our guard (layout.tsx), then the lock.
          const document = made.data?.document as { relationTo: string; value: number | string }
          await canAccessAdmin({ req: defaults.req })
          const args = await withoutForeignLock({
            ...defaults,
            collectionSlug: document.relationTo,
            id: document.value,
            returnLockStatus: true,
          })
          return answered(
            args.returnLockStatus
              ? await handleFormStateLocking({ ...args, id: document.value })
              : undefined,
          )
        }
        default:
          throw new Error(`no server function can ${operation}`)
      }
    } catch (error) {
      // Payload's handlers refuse with a plain Error ("Error fetching data from locale …"), which
      // the admin shows as a toast; any other error without a status is a crash.
      const status = Object.getPrototypeOf(error) === Error.prototype ? 403 : statusOf(error)
      return { status, body: messageOf(error) }
    }
  }

  return {
    name: 'admin server functions',
    performs: (subject, operation, target) => {
      const targets = PERFORMED[subject]?.[operation]
      return targets === 'all' || Boolean(targets?.includes(target))
    },
    perform,
  }
}
