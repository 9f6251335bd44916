// The public routes' parts, wired once for the CMS process and the tests: one set of answers
// (caches and site directory) shared by every route family that reads them, so the JSON, the
// alt text, /go and the pages agree and each is built from the database at most once.
import type { PublicAnswersOptions } from '../public/publicAnswers'
import { createPublicAnswers } from '../public/publicAnswers'
import type { ReachCounter } from '../reach/reachCounter'
import { createArchivePage } from './archivePage'
import { createEmbedPage } from './embedPage'
import type { SitePage } from './frontServer'
import { createGoRedirect } from './goRedirect'
import { createPublicApi } from './publicApi'

export interface PublicRoutesOptions extends PublicAnswersOptions {
  maxAge: number
  staleWhileRevalidate: number
  /** Counts displays and /go clicks (src/reach/); none: nothing is counted. */
  reach?: ReachCounter
}

export const createPublicRoutes = (options: PublicRoutesOptions) => {
  const now = options.now ?? (() => new Date())
  const answers = createPublicAnswers({ ...options, now, linksThroughGo: Boolean(options.reach) })
  const cacheControl = `public, max-age=${options.maxAge}, stale-while-revalidate=${options.staleWhileRevalidate}`
  const sitePages: SitePage[] = [
    createGoRedirect({ answers, publicUrl: options.publicUrl, now, reach: options.reach }),
    createEmbedPage({
      answers,
      now,
      cacheTtlSeconds: options.cacheTtlSeconds,
      cacheControl,
      reach: options.reach,
    }),
    createArchivePage({ answers, now, cacheControl }),
  ]
  return { publicApi: createPublicApi({ ...options, answers, now }), sitePages }
}
