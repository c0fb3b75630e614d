import type { Access, Where } from 'payload'

import { AUTHOR_ROLES, DISCLOSURE_STAFF_ROLES, hasRole } from '../lib/roles'
import { unitOf } from './unitOf'

/**
 * What anyone (the portal included) may read of a disclosable document: published, 主动公开,
 * not 涉密. 依申请公开 and 不予公开 documents never leave the system.
 */
export const PUBLIC_DISCLOSURE: Where = {
  and: [{ _status: { equals: 'published' } }, { disclosureMode: { equals: 'proactive' } }, { classified: { not_equals: true } }],
}

/**
 * Policies and interpretations: the public rule above; reviewers, leaders and the disclosure
 * officer read everything; authors also read their own unit's documents.
 */
export const readPublicDisclosure: Access = ({ req }) => {
  const user = req.user
  if (!user) return PUBLIC_DISCLOSURE
  if (hasRole(user, ...DISCLOSURE_STAFF_ROLES)) return true
  const unit = unitOf(user)
  if (hasRole(user, ...AUTHOR_ROLES) && unit !== undefined) return { or: [PUBLIC_DISCLOSURE, { unit: { equals: unit } }] }
  return PUBLIC_DISCLOSURE
}
