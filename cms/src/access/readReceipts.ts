import type { Access, Where } from 'payload'

import { unitOf } from './unitOf'

/**
 * Receipts (收报记录): the receiving office, the originating unit (it follows its item up the
 * chain: adopted, returned with a reason, forwarded) and the offices that forwarded it.
 */
export const readReceipts: Access = ({ req }): Where | false => {
  const unit = unitOf(req.user)
  if (unit === undefined) return false
  return {
    or: [{ office: { equals: unit } }, { originUnit: { equals: unit } }, { forwarders: { in: [unit] } }],
  }
}
