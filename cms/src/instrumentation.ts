// Next calls onRequestError for every page, route or action that fails on the server. It goes to
// Payload's logger (JSON in production, with the request id), with Next's digest: the "Mã lỗi"
// the admin's error screen shows the editor, so staff find the failure's line from it.
import type { Instrumentation } from 'next'

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  const digest = (error as { digest?: unknown } | null)?.digest
  payload.logger.error({
    err: error,
    digest: typeof digest === 'string' ? digest : undefined,
    path: request.path,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    msg: `page failed: ${request.method} ${request.path}`,
  })
}
