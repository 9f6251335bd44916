import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, SanitizedCollectionConfig, UploadConfig } from 'payload'
import { Forbidden } from 'payload'

import { InvalidInput } from './invalidInput'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const isOnDisk = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    // Anything but "not there" is Payload's to report.
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR',
  )

/**
 * Answers 404 for a file that is not in the collection's folder; Payload's own disk handler,
 * which runs after the upload handlers, answers 500 "Something went wrong." for it.
 */
export const answerMissingFile =
  (collection: SanitizedCollectionConfig): UploadHandler =>
  async (req, { params }) => {
    // Where Payload's disk handler looks: the static folder, resolved from the working directory.
    const folder = path.resolve(
      (typeof collection.upload === 'object' && collection.upload.staticDir) || collection.slug,
    )
    const file = path.resolve(folder, params.filename)
    // A name that leaves the folder is refused by Payload itself.
    if (!file.startsWith(folder + path.sep)) return
    if (!(await isOnDisk(file))) {
      throw new InvalidInput(req, 404, 'fileNotFound', { name: params.filename })
    }
  }

/**
 * The file route, answering 404 where Payload refuses a file the caller may not see: a caller
 * whose read access is a query cannot be told a missing file from one outside it, so both get
 * the same answer, and "missing" is the one the route owes.
 */
export const answerUnseenFileAsMissing = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    try {
      return await endpoint.handler(req)
    } catch (error) {
      if (!(error instanceof Forbidden)) throw error
      const name = String(req.routeParams?.filename ?? '')
      throw new InvalidInput(req, 404, 'fileNotFound', { name })
    }
  },
})
