import type { Access } from 'payload'

import { AUTHOR_ROLES, DISCLOSURE_STAFF_ROLES, hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** Version history of disclosure documents: staff see all; authors their own unit's. */
export const readDisclosureVersions: Access = ({ req }) => {
  const user = req.user
  if (hasRole(user, ...DISCLOSURE_STAFF_ROLES)) return true
  const unit = unitOf(user)
  if (!hasRole(user, ...AUTHOR_ROLES) || unit === undefined) return false
  return { 'version.unit': { equals: unit } }
}
