import type { RoleHolder } from '../lib/roles'
import { AUTHOR_ROLES, hasRole } from '../lib/roles'

/**
 * Who reads every item of their own unit, drafts and 涉密 items included: its authors
 * (信息员, 网站管理员) and its head (单位负责人). Reviewers and leaders read another item only
 * while its review is routed to them.
 */
export function readsOwnUnitItems(user: RoleHolder): boolean {
  return hasRole(user, ...AUTHOR_ROLES, 'unitHead')
}
