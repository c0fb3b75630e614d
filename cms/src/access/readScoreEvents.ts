import type { Access, Where } from 'payload'

import { unitOf } from './unitOf'

/** Score events: the office where it happened and the units it credits. */
export const readScoreEvents: Access = ({ req }): Where | false => {
  const unit = unitOf(req.user)
  if (unit === undefined) return false
  return { or: [{ office: { equals: unit } }, { originUnit: { equals: unit } }, { forwarders: { in: [unit] } }] }
}
