import type { Field } from 'payload'

import { type Role, ROLE_LABELS, ROLES } from '../../lib/roles'

const ADMIN_ROLES: Role[] = ['sysAdmin', 'secAdmin', 'auditAdmin']

/** 三员分立: one account holds at most one administrator role and no business role beside it. */
export function checkRoleSeparation(roles: readonly string[]): string | true {
  const admin = roles.filter((r) => (ADMIN_ROLES as string[]).includes(r))
  if (admin.length > 1) return '三员分立：系统管理员、安全管理员、审计管理员不得由同一账号兼任。'
  if (admin.length === 1 && roles.length > 1) return '三员分立：管理员账号不得兼任信息员、审核员等业务角色。'
  return true
}

export const rolesField: Field = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  saveToJWT: true,
  label: { zh: '角色', en: 'Roles' },
  options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
  // An account the system administrator creates has no roles until the security administrator
  // assigns them (it cannot use the admin before); the very first account must choose one.
  validate: (value: unknown, { req }: { req: { user?: unknown } }) => {
    const roles = Array.isArray(value) ? (value as string[]) : []
    if (roles.length === 0 && !req.user) return '请至少选择一个角色。'
    return checkRoleSeparation(roles)
  },
  access: {
    // Roles are assigned by the security administrator only, never to themselves; the very
    // first account (no one signed in yet) chooses its own.
    create: ({ req }) => !req.user || Boolean(req.user.roles?.includes('secAdmin')),
    update: ({ req, id }) =>
      Boolean(req.user?.roles?.includes('secAdmin')) && String(req.user?.id) !== String(id),
  },
  admin: {
    description: {
      zh: '由安全管理员分配。系统、安全、审计三类管理员相互独立，不得兼任。',
      en: 'Assigned by the security administrator. The three administrator roles are kept apart.',
    },
  },
}
