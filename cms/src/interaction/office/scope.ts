import type { Where } from 'payload'

import { MESSAGE_UNIT_ROLES } from '../../access/handleMessages'
import { unitOf } from '../../access/unitOf'
import { hasRole, type RoleHolder } from '../../lib/roles'

type Id = number | string
export type ScopeUser = (RoleHolder & { id?: Id; unit?: Id | { id: Id } | null }) | null | undefined

/**
 * Whose messages a user works on — the same rule as the collection's read access
 * (access/handleMessages): the interaction office (互动交流管理员) all of them, the staff of a unit
 * the messages handed to their unit, nobody else (三员 never).
 */
export type MessageScope = { kind: 'all' } | { kind: 'unit'; unit: Id } | null

export function messageScopeOf(user: ScopeUser): MessageScope {
  if (!user) return null
  if (hasRole(user, 'interactionOfficer')) return { kind: 'all' }
  const unit = unitOf(user as never)
  if (unit !== undefined && hasRole(user, ...MESSAGE_UNIT_ROLES)) return { kind: 'unit', unit }
  return null
}

/** The query constraint of a scope. */
export function scopeWhere(scope: NonNullable<MessageScope>): Where {
  return scope.kind === 'all' ? {} : { unit: { equals: scope.unit } }
}

/**
 * Statistics name nobody and the portal publishes them: the office and the government's leaders
 * and reviewers see every unit's row; a unit's staff see their own unit's.
 */
export function statsScopeOf(user: ScopeUser): MessageScope {
  if (!user) return null
  if (hasRole(user, 'interactionOfficer', 'leader', 'reviewer')) return { kind: 'all' }
  return messageScopeOf(user)
}
