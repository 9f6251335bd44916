import { describe, expect, it } from 'vitest'

import { passwordOf, userForBackup } from './userFields'

const stored = {
  id: 1,
  email: 'editor@example.com',
  role: 'editor',
  sites: [1, 2],
  hash: 'h',
  salt: 's',
  resetPasswordToken: 't',
  resetPasswordExpiration: '2026-12-03',
  sessions: [{ id: 'x', expiresAt: '2026-12-03' }],
  loginAttempts: 2,
  lockUntil: '2026-12-02',
}

describe('an account in a backup', () => {
  it('keeps neither password hash nor salt by default', () => {
    expect(userForBackup(stored, { withPasswords: false })).toEqual({
      id: 1,
      email: 'editor@example.com',
      role: 'editor',
      sites: [1, 2],
    })
  })

  it('keeps hash and salt when asked, never sessions, reset tokens or lock state', () => {
    const kept = userForBackup(stored, { withPasswords: true })
    expect(kept).toMatchObject({ hash: 'h', salt: 's' })
    for (const key of ['resetPasswordToken', 'sessions', 'loginAttempts', 'lockUntil']) {
      expect(kept).not.toHaveProperty(key)
    }
    expect(passwordOf(kept)).toEqual({ hash: 'h', salt: 's' })
    expect(passwordOf(userForBackup(stored, { withPasswords: false }))).toBeNull()
  })
})
