import type { Access, Where } from 'payload'

import { unitOf } from './unitOf'

/** 领导批示: the office that recorded it and the unit that owes feedback. */
export const readInstructions: Access = ({ req }): Where | false => {
  const unit = unitOf(req.user)
  if (unit === undefined) return false
  return { or: [{ office: { equals: unit } }, { originUnit: { equals: unit } }] }
}
