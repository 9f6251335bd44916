import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { clientAddressOf } from '../../../auth/clientAddress'
import { processSignInLedger } from '../../../auth/signInLedger'
import { translate } from '../../../i18n/messages'

/**
 * Counts every sign-in and password-reset attempt where Payload performs it, so REST, GraphQL,
 * aliases in one GraphQL request and any spelling of the path share one budget per address.
 * Trusted server code (the seed, the Local API) is not counted.
 */
export const limitSignInAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  const attempt = processSignInLedger().attempt(clientAddressOf(req))
  if (!attempt.isAllowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60))
    throw new APIError(translate(req, 'tooManySignIns', { minutes }), 429, null, true)
  }
  return args
}
