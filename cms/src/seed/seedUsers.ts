import type { Payload } from 'payload'

import type { Site } from '../payload-types'
import { findFirst } from './upsert'

/**
 * Development-only accounts (README lists them). Production seeds users only when it is given
 * their passwords, so no known password ever reaches a live server.
 */
const accounts = (isProduction: boolean) => [
  {
    role: 'admin' as const,
    email: process.env.SEED_ADMIN_EMAIL?.trim() || 'admin@example.com',
    password: process.env.SEED_ADMIN_PASSWORD || (isProduction ? '' : 'admin-dev-only'),
    name: 'Quản trị viên',
  },
  {
    role: 'editor' as const,
    email: process.env.SEED_EDITOR_EMAIL?.trim() || 'editor@example.com',
    password: process.env.SEED_EDITOR_PASSWORD || (isProduction ? '' : 'editor-dev-only'),
    name: 'Biên tập viên Khánh Hòa',
  },
]

export const seedUsers = async (
  payload: Payload,
  sites: { khanhHoa: Site; demo: Site },
  isProduction = process.env.NODE_ENV === 'production',
): Promise<void> => {
  for (const account of accounts(isProduction)) {
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
        sites: account.role === 'editor' ? [sites.khanhHoa.id, sites.demo.id] : [],
      },
    })
  }
}
