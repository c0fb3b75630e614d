import type { Access } from 'payload'

import { AUTHOR_ROLES, hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** Authors (信息员, 网站管理员) change only their own unit's items. */
export const writeOwnUnit: Access = ({ req }) => {
  const user = req.user
  if (!hasRole(user, ...AUTHOR_ROLES)) return false
  const unit = unitOf(user)
  if (unit === undefined) return false
  return { unit: { equals: unit } }
}
