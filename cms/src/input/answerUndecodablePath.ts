import type { AfterErrorHook } from 'payload'

import { inputMessage } from './messages'

const isDecodable = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * Payload decodes the path while it picks a route, before any handler or hook of ours runs; a
 * bad percent-escape (`/api/campaigns/%E0%A4%A`) throws there and becomes a 500. This answers
 * 400 instead, once the request's own path confirms the cause.
 */
export const answerUndecodablePath: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof URIError) || isDecodable(new URL(req.url ?? '', 'http://x').pathname)) {
    return
  }
  return {
    status: 400,
    response: { errors: [{ message: inputMessage(req, 'pathNotDecodable') }] },
  }
}
