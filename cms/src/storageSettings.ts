// Where uploaded files are kept, from the environment: the local disk (MEDIA_DIR) unless
// S3_BUCKET names an S3-compatible bucket (needed once web instances run on more than one
// machine: they must share one store). Kept apart from the adapter so env.ts stays light.
export interface S3Settings {
  bucket: string
  /** Absent for AWS itself; the service's URL for MinIO, Ceph, Garage, a provider's S3 API. */
  endpoint?: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** bucket in the path (`https://host/bucket/key`), as most self-hosted services want. */
  forcePathStyle: boolean
}

const TRUE = new Set(['1', 'true', 'yes', 'on'])

export const s3SettingsOf = (
  vars: Readonly<Record<string, string | undefined>>,
): S3Settings | null => {
  const bucket = vars.S3_BUCKET?.trim()
  if (!bucket) return null
  const required = (name: string): string => {
    const value = vars[name]?.trim()
    if (!value) throw new Error(`${name} is required when S3_BUCKET is set`)
    return value
  }
  return {
    bucket,
    endpoint: vars.S3_ENDPOINT?.trim() || undefined,
    region: required('S3_REGION'),
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: TRUE.has(vars.S3_FORCE_PATH_STYLE?.trim().toLowerCase() ?? ''),
  }
}
