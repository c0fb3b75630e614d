import type { SeedUser } from './types'

/** One demo account per role (and the reviewers the default review routes need). */
export const users: SeedUser[] = [
  { email: 'officer@demo.gov.cn', name: '李信息', unit: 'education', roles: ['officer'], jobTitle: '信息员' },
  { email: 'webmaster@demo.gov.cn', name: '王网管', unit: 'egov', roles: ['webmaster'], jobTitle: '网站管理员' },
  { email: 'webmaster.edu@demo.gov.cn', name: '赵子站', unit: 'education', roles: ['webmaster'], jobTitle: '网站管理员' },
  { email: 'officer.health@demo.gov.cn', name: '周卫信', unit: 'health', roles: ['officer'], jobTitle: '信息员' },
  { email: 'head@demo.gov.cn', name: '陈局长', unit: 'education', roles: ['unitHead'], jobTitle: '局长' },
  { email: 'reviewer@demo.gov.cn', name: '刘审核', unit: 'office', roles: ['reviewer'], jobTitle: '县政府办公室信息科科长' },
  { email: 'leader@demo.gov.cn', name: '张县长', unit: 'gov', roles: ['leader'], jobTitle: '副县长' },
  { email: 'sysadmin@demo.gov.cn', name: '孙系统', unit: 'egov', roles: ['sysAdmin'], jobTitle: '系统管理员' },
  { email: 'secadmin@demo.gov.cn', name: '钱安全', unit: 'egov', roles: ['secAdmin'], jobTitle: '安全管理员' },
  { email: 'auditor@demo.gov.cn', name: '吴审计', unit: 'egov', roles: ['auditAdmin'], jobTitle: '审计管理员' },
]

/**
 * The demo password, for development and demonstration only. Production mode creates no
 * demo accounts: the first administrator registers at /admin/create-first-user.
 */
export const DEMO_PASSWORD = 'Demo@2026gov'
