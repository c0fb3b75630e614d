import type { Access } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * The system administrator manages every column; a webmaster manages the columns of their unit's
 * sub-site only. A query constrains reads, updates and deletes but not a create, and an update
 * could move a column to another unit: what the request asks for (`data.unit`) is checked too.
 */
export const manageColumns: Access = ({ req, data, id }) => {
  const user = req.user
  if (hasRole(user, 'sysAdmin')) return true
  const unit = unitOf(user)
  if (!hasRole(user, 'webmaster') || unit === undefined) return false
  const creating = data !== undefined && id === undefined
  const asked = data as { unit?: unknown } | undefined
  if ((creating || (asked && 'unit' in asked)) && String(idOf(asked?.unit)) !== String(unit)) return false
  return { unit: { equals: unit } }
}
