import type { PayloadHandler } from 'payload'

/**
 * What an import cannot do for this request (text that is no announcement, someone else's
 * site): an everyday answer to an editor, not a fault, so it is answered in Payload's error
 * shape without the error log Payload writes for every APIError.
 */
export class ImportRefusal extends Error {
  readonly status: number
  readonly data: unknown

  constructor(message: string, status: number, data: unknown = null) {
    super(message)
    this.name = 'ImportRefusal'
    this.status = status
    this.data = data
  }
}

export const answeringRefusals =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error
      const { message, status, data } = error
      return Response.json({ errors: [{ message, data }] }, { status })
    }
  }
