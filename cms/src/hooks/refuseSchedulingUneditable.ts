// The admin's "schedule publish" queues its job with full rights, checking only that the caller
// may use the admin; the job later runs as the user it names. Without this hook an editor of one
// site could queue the publishing (or unpublishing) of another site's campaign: refused when it
// is queued, for the caller and for the user the job would run as. Admins may schedule anything.
import type { CollectionBeforeChangeHook, PayloadRequest, TypedUser } from 'payload'
import { Forbidden } from 'payload'

import { mayUpdateDocument } from '../access/mayUpdateDocument'
import { isAdminUser, relationId, type SiteId } from '../access/roles'

interface ScheduleInput {
  doc?: { relationTo?: string; value?: SiteId | { id: SiteId } } | null
  global?: string | null
  user?: { relationTo?: string; value?: SiteId | { id: SiteId } } | null
}

const namedUser = async (
  req: PayloadRequest,
  named: ScheduleInput['user'],
): Promise<TypedUser | null> => {
  if (!named?.relationTo || named.value === undefined) return null
  const user = await req.payload.findByID({
    collection: 'users',
    id: relationId(named.value),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user ? { ...user, collection: 'users' } : null
}

export const refuseSchedulingUneditable: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  const input = (data.input ?? {}) as ScheduleInput
  const actors = [req.user ?? null, await namedUser(req, input.user)].filter(
    (user): user is TypedUser => user !== null && !isAdminUser(user),
  )
  // Payload queues an empty job after a cancel: it publishes nothing.
  if (actors.length === 0 || (!input.doc && !input.global)) return data
  const { doc } = input
  for (const user of actors) {
    const isEditable =
      doc?.relationTo !== undefined &&
      doc.value !== undefined &&
      (await mayUpdateDocument({
        req,
        user,
        collection: doc.relationTo,
        id: relationId(doc.value),
      }))
    if (!isEditable) throw new Forbidden(req.t)
  }
  return data
}
