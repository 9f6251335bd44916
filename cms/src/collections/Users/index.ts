import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '../../access/adminFieldOnly'
import { adminOnly } from '../../access/adminOnly'
import { adminOrSelf } from '../../access/adminOrSelf'
import { selfLockHolderOrAdmin } from '../../access/selfLockHolderOrAdmin'
import { env } from '../../env'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { limitSignInAttempts } from './hooks/limitSignInAttempts'
import { refuseFirstRegister } from './hooks/refuseFirstRegister'

/** Admins manage sites and people; editors manage the campaigns of the sites given to them. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Behind https the session cookie never travels over plain http.
    cookies: { secure: env.publicUrl.startsWith('https:') },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'sites'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: {
    // Oneself, and a colleague while they hold the lock of a document one may edit (the admin's
    // "… is editing this document" names them).
    read: selfLockHolderOrAdmin,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
    readVersions: adminOnly,
  },
  hooks: {
    beforeOperation: [limitSignInAttempts, refuseFirstRegister],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role' },
      options: [
        { label: { vi: 'Quản trị viên', en: 'Administrator' }, value: 'admin' },
        { label: { vi: 'Biên tập viên', en: 'Editor' }, value: 'editor' },
      ],
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Trang được quản lý', en: 'Managed sites' },
      admin: {
        description: {
          vi: 'Biên tập viên chỉ thấy và sửa chiến dịch của các trang này.',
          en: 'Editors see and change only the campaigns of these sites.',
        },
      },
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
  ],
}
