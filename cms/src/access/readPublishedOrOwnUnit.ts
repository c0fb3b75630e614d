import type { Access } from 'payload'

import { AUTHOR_ROLES, hasRole, REVIEW_ROLES } from '../lib/roles'
import { unitOf } from './unitOf'

/**
 * Anyone reads published items. Reviewers read everything they may have to sign;
 * authors also read their own unit's drafts; nobody reads another unit's drafts.
 */
export const readPublishedOrOwnUnit: Access = ({ req }) => {
  const published = { _status: { equals: 'published' } }
  const user = req.user
  if (!user) return published
  if (hasRole(user, ...REVIEW_ROLES)) return true
  const unit = unitOf(user)
  if (hasRole(user, ...AUTHOR_ROLES) && unit !== undefined) {
    return { or: [published, { unit: { equals: unit } }] }
  }
  return published
}
