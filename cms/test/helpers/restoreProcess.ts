// A fresh installation in its own process (DATABASE_URL and MEDIA_DIR point at empty places):
// restores an archive as `pnpm run import` does, checks a restored password signs in, exports
// again, and prints `RESULT <json>`. Started by backup.roundtrip.int.test.ts.
import { getPayload } from 'payload'

import { exportBackup } from '../../src/backup/exportBackup'
import { importBackup } from '../../src/backup/importBackup'
import { env } from '../../src/env'
import config from '../../src/payload.config'

const [archive, reexport, email, password] = process.argv.slice(2)
if (!archive || !reexport || !email || !password) throw new Error('usage: archive out email pw')

const log = (line: string) => process.stderr.write(`${line}\n`)
const payload = await getPayload({ config })
try {
  const summary = await importBackup({ payload, file: archive, force: false, log })
  const canSignIn = await payload
    .login({ collection: 'users', data: { email, password } })
    .then(() => true)
    .catch(() => false)
  await exportBackup({
    payload,
    file: reexport,
    databaseUrl: env.databaseUrl,
    mediaDir: env.mediaDir,
    withPasswords: false,
    log,
  })
  const result = { restored: summary.restored, warnings: summary.warnings, canSignIn }
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
} finally {
  await payload.destroy()
}
