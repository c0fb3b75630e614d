import type { Access } from 'payload'

import { AUTHOR_ROLES, hasRole, REVIEW_ROLES } from '../lib/roles'
import { unitOf } from './unitOf'

/** Version history: reviewers see every item's; authors their own unit's (paths are under `version.`). */
export const readOwnUnitVersions: Access = ({ req }) => {
  const user = req.user
  if (hasRole(user, ...REVIEW_ROLES)) return true
  const unit = unitOf(user)
  if (!hasRole(user, ...AUTHOR_ROLES) || unit === undefined) return false
  return { 'version.unit': { equals: unit } }
}
