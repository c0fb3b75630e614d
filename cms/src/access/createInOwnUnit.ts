import type { Access } from 'payload'

import { AUTHOR_ROLES, hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** Authors create items for their own unit only (a missing unit is filled in by a hook). */
export const createInOwnUnit: Access = ({ req, data }) => {
  const user = req.user
  if (!hasRole(user, ...AUTHOR_ROLES)) return false
  const own = unitOf(user)
  if (own === undefined) return false
  const requested = unitOf(data as { unit?: number })
  return requested === undefined || String(requested) === String(own)
}
