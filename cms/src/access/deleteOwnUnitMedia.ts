import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** A webmaster deletes their own unit's media only (media in use are refused by a hook). */
export const deleteOwnUnitMedia: Access = ({ req }): Where | false => {
  const unit = unitOf(req.user)
  if (!hasRole(req.user, 'webmaster') || unit === undefined) return false
  return { unit: { equals: unit } }
}
