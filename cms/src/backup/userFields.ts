// An account in a backup: never its sessions, reset tokens or lock state; its password hash and
// salt only when the operator asks (they let anyone holding the file try passwords offline).
type Data = Record<string, unknown>

/** Kept only with `--with-passwords`. */
export const PASSWORD_FIELDS = ['hash', 'salt'] as const

/** Never kept: live or short-lived secrets and transient state. */
export const NEVER_KEPT_USER_FIELDS = [
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
  'password',
] as const

export const userForBackup = (user: Data, { withPasswords }: { withPasswords: boolean }): Data => {
  const dropped = new Set<string>([
    ...NEVER_KEPT_USER_FIELDS,
    ...(withPasswords ? [] : PASSWORD_FIELDS),
  ])
  return Object.fromEntries(Object.entries(user).filter(([key]) => !dropped.has(key)))
}

/** The stored password of a backed-up account, when the backup holds one. */
export const passwordOf = (user: Data): { hash: string; salt: string } | null =>
  typeof user.hash === 'string' && typeof user.salt === 'string' && user.hash && user.salt
    ? { hash: user.hash, salt: user.salt }
    : null
