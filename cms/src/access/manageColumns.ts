import type { Access } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** The system administrator manages every column; a webmaster manages the columns of their unit's sub-site. */
export const manageColumns: Access = ({ req }) => {
  const user = req.user
  if (hasRole(user, 'sysAdmin')) return true
  const unit = unitOf(user)
  if (hasRole(user, 'webmaster') && unit !== undefined) return { unit: { equals: unit } }
  return false
}
