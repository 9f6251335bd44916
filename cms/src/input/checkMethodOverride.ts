// Payload reads a POST that says `X-HTTP-Method-Override: GET` (the admin's way around long
// query strings) with `request.json()` before its own error handling: a body that is not JSON
// rejects the whole route and Next answers 500. This answers 400 first.
import { inputMessageIn } from './messages'

const isGetOverride = (headers: Headers): boolean =>
  headers.get('x-payload-http-method-override') === 'GET' ||
  headers.get('x-http-method-override') === 'GET'

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

/** A REST route handler that refuses an overridden GET whose JSON body Payload cannot read. */
export const checkMethodOverride =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    // Payload takes this path for exactly this content type, with no parameters.
    const isJsonOverride =
      request.method === 'POST' &&
      isGetOverride(request.headers) &&
      request.headers.get('content-type') === 'application/json'
    if (isJsonOverride && !isJsonObject(await request.clone().text())) {
      const language = /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'vi'
      return Response.json(
        { errors: [{ message: inputMessageIn(language, 'overrideBodyNotJson') }] },
        { status: 400 },
      )
    }
    return handler(request, ...rest)
  }
