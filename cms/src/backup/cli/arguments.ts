// The command lines of `pnpm export` and `pnpm run import`.
import path from 'node:path'
import { parseArgs } from 'node:util'

export interface BackupArguments {
  file: string | undefined
  withPasswords: boolean
  force: boolean
}

export const parseBackupArguments = (argv: readonly string[]): BackupArguments => {
  const { values, positionals } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      'with-passwords': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  })
  if (positionals.length > 1) throw new Error(`expected one file, got ${positionals.join(' ')}`)
  return {
    file: positionals[0],
    withPasswords: values['with-passwords'] === true,
    force: values.force === true,
  }
}

/** backup-2026-12-02T13-05-00Z.tar.gz: sorts by time, no characters a shell or Windows minds. */
export const defaultBackupName = (now: Date): string =>
  `backup-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.tar.gz`

/**
 * Paths are read from where the operator ran `pnpm` (pnpm runs the script inside cms/ and says
 * where it was started in INIT_CWD).
 */
export const resolveFromCaller = (file: string, callerDir: string | undefined): string =>
  path.resolve(callerDir || process.cwd(), file)
