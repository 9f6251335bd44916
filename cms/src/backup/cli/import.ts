// `pnpm run import <file> [--force]` (`pnpm import` is pnpm's own command): see README, "Backups".
// Run through the package script: it sets `--conditions` (see seed/run.ts).
import config from '@payload-config'
import { rmSync } from 'node:fs'
import { getPayload } from 'payload'

import { BackupRefusal, checkBackup, restoreBackup } from '../importBackup'
import { parseBackupArguments, resolveFromCaller } from './arguments'

const log = (line: string) => process.stderr.write(`${line}\n`)

const args = parseBackupArguments(process.argv.slice(2))
if (!args.file) {
  log('usage: pnpm run import <backup.tar.gz> [--force]')
  process.exit(2)
}
const started = Date.now()
const file = resolveFromCaller(args.file, process.env.INIT_CWD)
const fail = (error: unknown) => {
  process.exitCode = error instanceof BackupRefusal ? 2 : 1
  log(
    `import: ${error instanceof BackupRefusal ? error.message : String((error as Error)?.stack ?? error)}`,
  )
}

// The archive is checked whole before anything touches a database.
const backup = await checkBackup(file).catch((error: unknown) => {
  fail(error)
  return null
})
if (backup) {
  // The unpacked copy may hold password hashes: gone even if the process ends early (a schema
  // prompt aborted, Ctrl-C), not only when the restore finishes.
  const removeCopy = () => rmSync(backup.dir, { recursive: true, force: true })
  process.once('exit', removeCopy)
  process.once('SIGINT', () => process.exit(130))
  process.once('SIGTERM', () => process.exit(143))
  try {
    // Booting Payload applies the schema first: pushed in development, the committed migrations
    // in production (prodMigrations), as for the CMS itself.
    const payload = await getPayload({ config })
    try {
      const summary = await restoreBackup({ payload, backup, force: args.force, log })
      log(`import: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      if (summary.usersWithoutPassword.length > 0) {
        log(
          `import: ${summary.usersWithoutPassword.length} account(s) were restored WITHOUT a password (the archive holds none): ${summary.usersWithoutPassword.join(', ')}. They cannot sign in until a password is set: an admin sets one under Người dùng (Users); README, "Backups", says how to get the first admin in.`,
        )
      }
      if (summary.warnings.length > 0)
        log(`import: ${summary.warnings.length} warning(s), see above`)
    } finally {
      await payload.destroy()
    }
  } catch (error) {
    fail(error)
  } finally {
    await backup.close()
  }
}
