import type { Payload } from 'payload'

import { env, isMongoUrl } from '../env'
import type { Site } from '../payload-types'
import { findFirst } from './upsert'

/**
 * The known development passwords (README lists them) are used only off production and on the
 * embedded SQLite file: never on a MongoDB server, which is where a live system keeps its data
 * (a seed run from a workstation against it would otherwise create a known admin password).
 */
export const devPasswordsAllowed = ({
  nodeEnv = process.env.NODE_ENV,
  databaseUrl = env.databaseUrl,
}: { nodeEnv?: string; databaseUrl?: string } = {}): boolean =>
  nodeEnv !== 'production' && !isMongoUrl(databaseUrl)

/** The seeded accounts; an empty password means the account is not created. */
export const seedAccounts = (allowDevPasswords: boolean) => [
  {
    role: 'admin' as const,
    email: process.env.SEED_ADMIN_EMAIL?.trim() || 'admin@example.com',
    password: process.env.SEED_ADMIN_PASSWORD || (allowDevPasswords ? 'admin-dev-only' : ''),
    name: 'Quản trị viên',
  },
  {
    role: 'editor' as const,
    email: process.env.SEED_EDITOR_EMAIL?.trim() || 'editor@example.com',
    password: process.env.SEED_EDITOR_PASSWORD || (allowDevPasswords ? 'editor-dev-only' : ''),
    name: 'Biên tập viên Khánh Hòa',
  },
]

export const seedUsers = async (
  payload: Payload,
  /** The seeded sites the editor manages; null when only accounts are seeded. */
  sites: { khanhHoa: Site; demo: Site } | null,
  allowDevPasswords = devPasswordsAllowed(),
): Promise<void> => {
  for (const account of seedAccounts(allowDevPasswords)) {
    if (!account.password) {
      payload.logger.warn(`seed: no password given for ${account.email}; account not created`)
      continue
    }
    if (await findFirst(payload, 'users', { email: { equals: account.email } })) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        ...account,
        sites: account.role === 'editor' && sites ? [sites.khanhHoa.id, sites.demo.id] : [],
      },
    })
  }
}
