// Payload's logger (pino): JSON lines in production (one object per line, for a log collector),
// readable colours in development; the level from LOG_LEVEL; the request id on every line written
// while a request is served; credentials never written, whatever an error carries.
import { defaultLoggerOptions } from 'payload'

import type { LogLevel } from './levels'
import { currentRequestId } from './requestContext'

/** Where a password, token or session could sit in a logged object. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'confirmPassword',
  '*.confirmPassword',
  'token',
  '*.token',
  'authorization',
  'cookie',
  '*.authorization',
  '*.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
]

export const loggerOptions = ({ level, isJson }: { level: LogLevel; isJson: boolean }) => ({
  options: {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  },
  // pino's default destination (stdout, JSON) in production; Payload's pretty printer otherwise.
  ...(isJson ? {} : { destination: defaultLoggerOptions }),
})
