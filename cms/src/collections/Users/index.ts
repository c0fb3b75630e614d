import type { CollectionConfig } from 'payload'

import { hasAnyRole, fieldHasAnyRole } from '../../access/hasAnyRole'
import { deleteUsers, readUsers, updateUsers } from '../../access/usersAccess'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { rolesField } from './rolesField'

export const LOGIN_LOCKOUT = { maxLoginAttempts: 5, lockMinutes: 15 }
export const IDLE_TIMEOUT_SECONDS = 30 * 60

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    maxLoginAttempts: LOGIN_LOCKOUT.maxLoginAttempts,
    lockTime: LOGIN_LOCKOUT.lockMinutes * 60 * 1000,
    // The session token expires after 30 minutes without a refresh: the admin refreshes it
    // while the user is active, so this is the idle timeout.
    tokenExpiration: IDLE_TIMEOUT_SECONDS,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'unit', 'roles'],
    group: { zh: '系统管理', en: 'System' },
  },
  access: {
    admin: ({ req }) => Boolean(req.user?.roles?.length),
    read: readUsers,
    create: hasAnyRole('sysAdmin', 'secAdmin'),
    update: updateUsers,
    delete: deleteUsers,
    unlock: hasAnyRole('secAdmin'),
  },
  hooks: {
    beforeValidate: [enforcePasswordPolicy],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      saveToJWT: true,
      label: { zh: '所属单位', en: 'Unit' },
      access: {
        update: fieldHasAnyRole('sysAdmin'),
      },
    },
    rolesField,
    { name: 'jobTitle', type: 'text', label: { zh: '职务', en: 'Job title' } },
    { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
  ],
}
