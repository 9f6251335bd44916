// `pnpm export [file] [--with-passwords]`: see README, "Backups". Progress goes to stderr.
// Run through the package script: it sets `--conditions` (see seed/run.ts).
import config from '@payload-config'
import { stat } from 'node:fs/promises'
import { getPayload } from 'payload'

import { env } from '../../env'
import { exportBackup } from '../exportBackup'
import { defaultBackupName, parseBackupArguments, resolveFromCaller } from './arguments'

const log = (line: string) => process.stderr.write(`${line}\n`)

const args = parseBackupArguments(process.argv.slice(2))
const started = Date.now()
const now = new Date()
const file = resolveFromCaller(args.file ?? defaultBackupName(now), process.env.INIT_CWD)
const payload = await getPayload({ config })
try {
  const manifest = await exportBackup({
    payload,
    file,
    databaseUrl: env.databaseUrl,
    mediaDir: payload.collections.media.config.upload.staticDir ?? env.mediaDir,
    withPasswords: args.withPasswords,
    log,
    now,
  })
  const { size } = await stat(file)
  log(
    `export: wrote ${file} (${(size / 1e6).toFixed(2)} MB, ${manifest.entries.length + 1} entries) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  if (!args.withPasswords) {
    log('export: password hashes were left out; restored accounts must set a new password')
  }
} finally {
  await payload.destroy()
}
