import type { CollectionConfig } from 'payload'

import { hasAnyRole, fieldHasAnyRole } from '../../access/hasAnyRole'
import { deleteUsers, readUsers, updateUsers } from '../../access/usersAccess'
import { changePasswordEndpoint } from '../../auth/endpoints/changePassword'
import { issueOneTimePasswordEndpoint } from '../../auth/endpoints/issueOneTimePassword'
import { mustChangePassword } from '../../auth/requirePasswordChange'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { guardLogin } from './hooks/guardLogin'
import { checkResetPasswordPolicy, recordTokenReset, recordUnlock, stampTokenReset } from './hooks/guardPasswordReset'
import { issueInitialPassword } from './hooks/issueInitialPassword'
import { protectCredentials } from './hooks/protectCredentials'
import { recordAccountChanges, recordAccountDeletion } from './hooks/recordAccountChanges'
import { recordLogin } from './hooks/recordLogin'
import { stampPasswordChange } from './hooks/stampPasswordChange'
import { rolesField } from './rolesField'
import { secureCookies } from '../../lib/webOrigins'

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
    // Secure in production unless ADMIN_INSECURE_HTTP=1 (admin on plain http in an intranet).
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'unit', 'roles'],
    group: { zh: '系统管理', en: 'System' },
  },
  access: {
    // An account without roles, or one that must first change its password, cannot use the admin.
    admin: ({ req }) => Boolean(req.user?.roles?.length) && !mustChangePassword(req.user),
    read: readUsers,
    create: hasAnyRole('sysAdmin', 'secAdmin'),
    update: updateUsers,
    delete: deleteUsers,
    unlock: hasAnyRole('secAdmin'),
  },
  endpoints: [changePasswordEndpoint, issueOneTimePasswordEndpoint],
  hooks: {
    beforeOperation: [guardLogin, checkResetPasswordPolicy],
    beforeValidate: [issueInitialPassword, enforcePasswordPolicy, protectCredentials, stampTokenReset],
    beforeChange: [stampPasswordChange],
    afterChange: [recordAccountChanges],
    afterDelete: [recordAccountDeletion],
    afterLogin: [recordLogin],
    afterOperation: [recordTokenReset, recordUnlock],
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
    {
      name: 'deputies',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { zh: '可委托代签人', en: 'Deputies' },
      // Who may sign for whom is an authority, kept like roles by the security administrator.
      access: { create: fieldHasAnyRole('secAdmin'), update: fieldHasAnyRole('secAdmin') },
      admin: {
        description: {
          zh: '本人不在时，除本单位具有同一审核角色的同事外，还可委托这些人代为签发（如副局长代局长）。由安全管理员设置；三员、稿件的录入人和提交人仍不能代签。',
          en: 'Besides colleagues of the same unit holding the stage role, who may sign for this account. Kept by the security administrator.',
        },
      },
    },
    {
      name: 'passwordActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/PasswordActions#PasswordActions' } },
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '须修改密码', en: 'Must change password' },
      // Set by the server only: a one-time password, or a password past its age.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { zh: '使用一次性密码或密码超过有效期的账号，登录后须先修改密码。', en: 'Set after a one-time password or when the password is too old.' },
      },
    },
    {
      name: 'passwordChangedAt',
      type: 'date',
      label: { zh: '密码修改时间', en: 'Password changed' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
