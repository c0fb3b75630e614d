/**
 * Roles of the system. disclosureOfficer 政务公开专员 (of the government office's disclosure
 * office) handles 依申请公开 applications, keeps the disclosure catalog and compiles the annual
 * report; it reads every unit's disclosure documents. infoEditor 信息编辑 works in an office that
 * receives submissions (政务信息报送): adopts, returns and forwards them, compiles journals.
 * interactionOfficer 互动交流管理员 accepts, refuses and hands on citizens' messages (互动交流) and
 * approves their extensions; it reads every message. The last three are the 三员 of 等保 2.0: their powers do not overlap.
 * - sysAdmin 系统管理员: units, columns, site settings, creating accounts (no roles, no content)
 * - secAdmin 安全管理员: assigns roles, unlocks accounts (no content, no system settings)
 * - auditAdmin 审计管理员: reads audit records (nothing else)
 */
export const ROLES = [
  'officer',
  'webmaster',
  'unitHead',
  'reviewer',
  'leader',
  'disclosureOfficer',
  'infoEditor',
  'interactionOfficer',
  'sysAdmin',
  'secAdmin',
  'auditAdmin',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  officer: { zh: '信息员', en: 'Information officer' },
  webmaster: { zh: '网站管理员', en: 'Webmaster' },
  unitHead: { zh: '单位负责人', en: 'Unit head' },
  reviewer: { zh: '审核员', en: 'Reviewer' },
  leader: { zh: '领导', en: 'Leader' },
  disclosureOfficer: { zh: '政务公开专员', en: 'Disclosure officer' },
  infoEditor: { zh: '信息编辑', en: 'Information editor' },
  interactionOfficer: { zh: '互动交流管理员', en: 'Interaction officer' },
  sysAdmin: { zh: '系统管理员', en: 'System administrator' },
  secAdmin: { zh: '安全管理员', en: 'Security administrator' },
  auditAdmin: { zh: '审计管理员', en: 'Audit administrator' },
}

/** Roles that write content for their own unit. */
export const AUTHOR_ROLES: readonly Role[] = ['officer', 'webmaster']

/** Roles that sign reviews across units; they read another unit's unpublished item only while its review is routed to them. */
export const REVIEW_ROLES: readonly Role[] = ['unitHead', 'reviewer', 'leader']

export type RoleHolder = { roles?: (Role | string)[] | null } | null | undefined

export function hasRole(user: RoleHolder, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((r) => (roles as string[]).includes(r)))
}

/** The disclosure officer and the signing roles (no longer a read rule: see access/readPublicDisclosure). */
export const DISCLOSURE_STAFF_ROLES: readonly Role[] = ['disclosureOfficer', ...REVIEW_ROLES]
