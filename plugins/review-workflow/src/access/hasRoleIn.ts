import type { Access, PayloadRequest } from 'payload'

/** True when the signed-in user holds one of the roles (read from the configured roles field). */
export function userHasRole(req: PayloadRequest, rolesField: string, roles: readonly string[]): boolean {
  const held = (req.user as Record<string, unknown> | null)?.[rolesField]
  return Array.isArray(held) && held.some((r) => roles.includes(String(r)))
}

export const hasRoleIn =
  (rolesField: string, roles: readonly string[]): Access =>
  ({ req }) =>
    userHasRole(req, rolesField, roles)
