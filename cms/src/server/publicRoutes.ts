// The public routes' parts, wired once for the CMS process and the tests: one set of answers
// (caches and site directory) shared by every route family that reads them.
import type { PublicAnswersOptions } from '../public/publicAnswers'
import { createPublicAnswers } from '../public/publicAnswers'
import { createPublicApi } from './publicApi'

export interface PublicRoutesOptions extends PublicAnswersOptions {
  maxAge: number
  staleWhileRevalidate: number
}

export const createPublicRoutes = (options: PublicRoutesOptions) => {
  const answers = createPublicAnswers(options)
  return {
    publicApi: createPublicApi({ ...options, answers }),
  }
}
