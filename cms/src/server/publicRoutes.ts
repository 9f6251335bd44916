// The public routes' parts, wired once for the CMS process and the tests: one set of answers
// (caches and site directory) shared by every route family that reads them, so the JSON, the
// alt text, /go and the pages agree and each is built from the database at most once.
import type { PublicAnswersOptions } from '../public/publicAnswers'
import { createPublicAnswers } from '../public/publicAnswers'
import { createArchivePage } from './archivePage'
import { createEmbedPage } from './embedPage'
import type { SitePage } from './frontServer'
import { createGoRedirect } from './goRedirect'
import { createPublicApi } from './publicApi'

export interface PublicRoutesOptions extends PublicAnswersOptions {
  maxAge: number
  staleWhileRevalidate: number
}

export const createPublicRoutes = (options: PublicRoutesOptions) => {
  const now = options.now ?? (() => new Date())
  const answers = createPublicAnswers({ ...options, now })
  const cacheControl = `public, max-age=${options.maxAge}, stale-while-revalidate=${options.staleWhileRevalidate}`
  const sitePages: SitePage[] = [
    createGoRedirect({ answers, publicUrl: options.publicUrl, now }),
    createEmbedPage({ answers, now, cacheTtlSeconds: options.cacheTtlSeconds, cacheControl }),
    createArchivePage({ answers, now, cacheControl }),
  ]
  return { publicApi: createPublicApi({ ...options, answers, now }), sitePages }
}
