import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** Administrators read all accounts; everyone else reads their own and their unit's colleagues. */
export const readUsers: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (hasRole(user, 'sysAdmin', 'secAdmin', 'auditAdmin')) return true
  const unit = unitOf(user)
  const self: Where = { id: { equals: user.id } }
  return unit === undefined ? self : { or: [self, { unit: { equals: unit } }] }
}

/** The system administrator keeps accounts; the security administrator assigns roles; users edit themselves. */
export const updateUsers: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (hasRole(user, 'sysAdmin', 'secAdmin')) return true
  return { id: { equals: user.id } }
}

/** Only the system administrator removes accounts, never their own. */
export const deleteUsers: Access = ({ req }) => {
  const user = req.user
  if (!hasRole(user, 'sysAdmin')) return false
  return { id: { not_equals: user!.id } }
}
