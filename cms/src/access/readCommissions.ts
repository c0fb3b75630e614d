import type { Access, Where } from 'payload'

import { unitOf } from './unitOf'

/** 约稿: the office that set it and the units asked. */
export const readCommissions: Access = ({ req }): Where | false => {
  const unit = unitOf(req.user)
  if (unit === undefined) return false
  return { or: [{ office: { equals: unit } }, { units: { in: [unit] } }] }
}
