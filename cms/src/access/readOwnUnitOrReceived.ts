import type { Access, Where } from 'payload'

import { unitOf } from './unitOf'

/**
 * 政务信息报送: a unit's people read their unit's items (drafts included); an office reads what
 * reached it (`receivedBy`, set when an item is sent or forwarded to it). Nobody reads another
 * branch's drafts. `prefix` is 'version.' for readVersions.
 */
export const readOwnUnitOrReceived =
  (prefix = ''): Access =>
  ({ req }): Where | false => {
    const unit = unitOf(req.user)
    if (unit === undefined) return false
    return { or: [{ [`${prefix}unit`]: { equals: unit } }, { [`${prefix}receivedBy`]: { in: [unit] } }] }
  }
