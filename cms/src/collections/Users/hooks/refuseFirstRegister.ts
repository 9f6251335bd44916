import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { env } from '../../../env'
import { translate } from '../../../i18n/messages'

/**
 * Payload's first-register creates an admin for whoever asks first on an empty database (it
 * creates with access checks off). Where that is not allowed (production, by default), an
 * anonymous create from outside the server is refused and the operator is told what to do.
 */
export const refuseFirstRegister: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return args
  if (env.allowFirstRegister) return args
  // Once anyone exists, create access decides (admins only) as for every other account.
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs > 0) return args
  throw new APIError(translate(req, 'firstRegisterClosed'), 403, null, true)
}
