import type { CollectionBeforeValidateHook } from 'payload'

import { unitOf } from '../../../access/unitOf'
import { AUTHOR_ROLES, hasRole } from '../../../lib/roles'

/**
 * An author's item always belongs to the author's unit: filled in on create and kept on
 * update, so nobody moves an item into (or out of) another unit's scope.
 */
export const assignAuthorUnit: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  const user = req.user
  if (!data || !hasRole(user, ...AUTHOR_ROLES)) return data
  const own = unitOf(user)
  if (own === undefined) return data
  if (operation === 'create' || data.unit !== undefined) data.unit = own
  if (operation === 'create' && user) data.createdBy = user.id
  return data
}
