// Editors' preview of the public JSON (`?preview=1`): the drafts a signed-in editor of the site
// may read, at `?at=` if given, never cached and never shared (`private, no-store`).
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import { PublicApiError, sendJson } from '../public/httpSupport'
import type { AnswerQuery, PublicAnswers } from '../public/publicAnswers'

export interface PreviewRequest {
  request: IncomingMessage
  response: ServerResponse
  kind: 'current' | 'archive'
  query: AnswerQuery & { at: Date | null }
}

export const createPreview =
  (payload: Payload, answers: PublicAnswers) =>
  async ({ request, response, kind, query }: PreviewRequest): Promise<void> => {
    // Payload reads the session (cookie or JWT header) itself; only editors get drafts.
    const { user } = await payload.auth({ headers: new Headers(request.headers as HeadersInit) })
    if (!user) throw new PublicApiError(401, 'unauthorized', 'Preview needs an editor session.')
    const value = await answers.preview(kind, query, user)
    sendJson(request, response, 200, JSON.stringify(value), {
      'cache-control': 'private, no-store',
    })
  }
