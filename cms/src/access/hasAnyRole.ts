import type { Access, FieldAccess } from 'payload'

import { hasRole, type Role } from '../lib/roles'

/** Collection access: allowed when the user holds one of the roles. */
export const hasAnyRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

/** Field access: allowed when the user holds one of the roles. */
export const fieldHasAnyRole =
  (...roles: Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, ...roles)
