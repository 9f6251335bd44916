// The MongoDB URL of a test file's own throw-away database: only the database name changes, for
// every URL form the driver takes (several hosts, mongodb+srv, credentials, options). With
// credentials and no authSource, the user still signs in where the original URL said (or admin).
export const withDatabaseName = (url: string, name: string): string => {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(url)
  if (!match) throw new Error(`DATABASE_URL is not a MongoDB URL: ${url}`)
  const [, base = '', database = '', query = ''] = match
  const params = new URLSearchParams(query)
  if (base.includes('@') && !params.has('authSource')) params.set('authSource', database || 'admin')
  const search = params.toString()
  return `${base}/${name}${search ? `?${search}` : ''}`
}
