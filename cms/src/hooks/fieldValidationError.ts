// The error our own rules throw for one field, as Payload's own field validation builds it: the
// summary in the editor's language ("Trường sau chưa hợp lệ: Thông điệp") naming the field by its
// label, the reason at the field. Without Payload's `t` the summary is English and names the
// field by its path ("The following field is invalid: messages").
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { ValidationError } from 'payload'

type Label = string | Record<string, string> | false | undefined | ((...args: never[]) => unknown)

const labelOf = (
  collection: SanitizedCollectionConfig,
  path: string,
): string | Record<string, string> | undefined => {
  const name = path.split('.')[0]
  const field = collection.flattenedFields.find((candidate) => candidate.name === name)
  const label = (field as { label?: Label } | undefined)?.label
  return typeof label === 'string' || (typeof label === 'object' && label !== null)
    ? label
    : undefined
}

/** An upload collection's file is no field of its own: its label is given. */
export const FILE_LABEL = { vi: 'Tệp', en: 'File' }

export const fieldValidationError = ({
  collection,
  path,
  label = labelOf(collection, path),
  message,
  req,
}: {
  collection: SanitizedCollectionConfig
  path: string
  label?: string | Record<string, string>
  message: string
  req: PayloadRequest
}): ValidationError =>
  new ValidationError(
    { collection: collection.slug, errors: [{ path, message, label }], req },
    req.t,
  )
