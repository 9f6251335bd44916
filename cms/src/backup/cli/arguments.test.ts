import { describe, expect, it } from 'vitest'

import { defaultBackupName, parseBackupArguments, resolveFromCaller } from './arguments'

describe('the backup command lines', () => {
  it('takes one file and the two switches, after pnpm’s "--" too', () => {
    expect(parseBackupArguments(['--', 'b.tar.gz', '--force'])).toEqual({
      file: 'b.tar.gz',
      force: true,
      withPasswords: false,
    })
    expect(parseBackupArguments(['--with-passwords'])).toEqual({
      file: undefined,
      force: false,
      withPasswords: true,
    })
  })

  it('refuses two files and unknown switches', () => {
    expect(() => parseBackupArguments(['a', 'b'])).toThrow(/one file/)
    expect(() => parseBackupArguments(['--wipe'])).toThrow()
  })

  it('names a default file by the time, and reads paths from where pnpm was run', () => {
    expect(defaultBackupName(new Date('2026-12-02T13:05:00.123Z'))).toBe(
      'backup-2026-12-02T13-05-00Z.tar.gz',
    )
    expect(resolveFromCaller('b.tar.gz', '/srv/backups')).toBe('/srv/backups/b.tar.gz')
    expect(resolveFromCaller('/abs/b.tar.gz', '/srv')).toBe('/abs/b.tar.gz')
  })
})
