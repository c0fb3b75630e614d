import type { Access } from 'payload'

import { hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/** 信息员 write their own unit's submissions (what was sent is then guarded by a hook). */
export const writeOwnUnitSubmission: Access = ({ req, data }) => {
  if (!hasRole(req.user, 'officer')) return false
  const own = unitOf(req.user)
  if (own === undefined) return false
  const requested = unitOf(data as { unit?: number })
  if (requested !== undefined && String(requested) !== String(own)) return false
  return { unit: { equals: own } }
}
