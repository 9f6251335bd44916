import { APIError } from 'payload'

import type { InputMessageKey, InputMessageVars } from './messages'
import { inputMessage } from './messages'

/** Logged at info level (see withInputChecks): a caller's mistake is not a server error. */
export const INVALID_INPUT = 'InvalidInput'

/** Input we refuse: 400 (malformed) or 404 (names nothing that can exist), with a clear message. */
export class InvalidInput extends APIError {
  constructor(
    req: Parameters<typeof inputMessage>[0],
    status: 400 | 404,
    key: InputMessageKey,
    vars?: InputMessageVars,
  ) {
    super(inputMessage(req, key, vars), status, null, true)
    // Set by hand: a minified build would rename the class.
    this.name = INVALID_INPUT
  }
}
