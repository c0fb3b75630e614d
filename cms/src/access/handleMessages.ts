import type { Access, FieldAccess } from 'payload'

import { hasRole, type Role } from '../lib/roles'
import { unitOf } from './unitOf'

/** Staff of a unit who work on the messages handed to it (三员 never do). */
export const MESSAGE_UNIT_ROLES: readonly Role[] = ['officer', 'webmaster', 'unitHead', 'leader', 'reviewer']

/**
 * 互动交流 messages carry citizens' names, mobiles and emails: the interaction office reads every
 * message; staff of a unit read the messages handed to their unit; nobody else, and never the
 * public (the portal exports approved replies, not messages).
 */
export const handleMessages: Access = ({ req }) => {
  const user = req.user
  if (hasRole(user, 'interactionOfficer')) return true
  const unit = unitOf(user)
  if (!hasRole(user, ...MESSAGE_UNIT_ROLES) || unit === undefined) return false
  return { unit: { equals: unit } }
}

/** Messages are entered (phone, letter, visit) and handled by the interaction office only. */
export const officeOnly: Access = ({ req }) => hasRole(req.user, 'interactionOfficer')
export const officeField: FieldAccess = ({ req }) => hasRole(req.user, 'interactionOfficer')

/** The extension request: the handling unit's staff (and the office). */
export const handlingUnitField: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'interactionOfficer')) return true
  const unit = unitOf(req.user)
  return hasRole(req.user, ...MESSAGE_UNIT_ROLES) && unit !== undefined && String(unit) === String(unitOf(doc as { unit?: number }))
}
