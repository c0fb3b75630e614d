import type { SeedUser } from './types'

/**
 * Demo accounts: one per role for trying the product, plus the unit heads, authors and
 * leaders the default review routes need (every unit has a head and an information officer).
 */
export const users: SeedUser[] = [
  { email: 'officer@demo.gov.cn', name: '李信息', unit: 'education', roles: ['officer'], jobTitle: '信息员' },
  { email: 'webmaster@demo.gov.cn', name: '王网管', unit: 'egov', roles: ['webmaster'], jobTitle: '网站管理员' },
  { email: 'webmaster.edu@demo.gov.cn', name: '赵子站', unit: 'education', roles: ['webmaster'], jobTitle: '网站管理员' },
  { email: 'officer.health@demo.gov.cn', name: '周卫信', unit: 'health', roles: ['officer'], jobTitle: '信息员' },
  { email: 'head@demo.gov.cn', name: '陈局长', unit: 'education', roles: ['unitHead'], jobTitle: '县教育局局长' },
  { email: 'reviewer@demo.gov.cn', name: '刘审核', unit: 'office', roles: ['reviewer'], jobTitle: '县政府办公室信息科科长' },
  { email: 'leader@demo.gov.cn', name: '张副县长', unit: 'gov', roles: ['leader'], jobTitle: '副县长（分管信息化）' },
  { email: 'sysadmin@demo.gov.cn', name: '孙系统', unit: 'egov', roles: ['sysAdmin'], jobTitle: '系统管理员' },
  { email: 'secadmin@demo.gov.cn', name: '钱安全', unit: 'egov', roles: ['secAdmin'], jobTitle: '安全管理员' },
  { email: 'disclosure@demo.gov.cn', name: '梁公开', unit: 'office', roles: ['disclosureOfficer'], jobTitle: '政务公开专员' },
  { email: 'interaction@demo.gov.cn', name: '秦互动', unit: 'office', roles: ['interactionOfficer'], jobTitle: '互动交流管理员' },
  { email: 'editor@demo.gov.cn', name: '许编辑', unit: 'office', roles: ['infoEditor'], jobTitle: '县政府办公室信息编辑' },
  { email: 'editor.city@demo.gov.cn', name: '高编辑', unit: 'city-office', roles: ['infoEditor'], jobTitle: '市政府办公室信息科' },
  { email: 'editor.province@demo.gov.cn', name: '蔡编辑', unit: 'province-office', roles: ['infoEditor'], jobTitle: '省政府办公厅信息处' },
  { email: 'auditor@demo.gov.cn', name: '吴审计', unit: 'egov', roles: ['auditAdmin'], jobTitle: '审计管理员' },
  // Signers of the conditional stages (leader activities, major or negative information, IT projects).
  { email: 'leader2@demo.gov.cn', name: '马副县长', unit: 'gov', roles: ['leader'], jobTitle: '副县长' },
  { email: 'head.gov@demo.gov.cn', name: '杨县长', unit: 'gov', roles: ['unitHead'], jobTitle: '县长' },
  { email: 'head.office@demo.gov.cn', name: '黄主任', unit: 'office', roles: ['unitHead'], jobTitle: '县政府办公室主任' },
  { email: 'deputy.office@demo.gov.cn', name: '林副主任', unit: 'office', roles: ['leader'], jobTitle: '县政府办公室副主任' },
  { email: 'head.egov@demo.gov.cn', name: '郑主任', unit: 'egov', roles: ['unitHead'], jobTitle: '县电子政务中心主任' },
  { email: 'head.propaganda@demo.gov.cn', name: '何部长', unit: 'propaganda', roles: ['unitHead'], jobTitle: '县委宣传部常务副部长' },
  { email: 'head.data@demo.gov.cn', name: '罗局长', unit: 'data', roles: ['unitHead'], jobTitle: '县政务服务数据管理局局长' },
  { email: 'leader.city@demo.gov.cn', name: '谢副市长', unit: 'city', roles: ['leader'], jobTitle: '副市长' },
  // Unit heads and information officers of the other units.
  { email: 'head.health@demo.gov.cn', name: '孔主任', unit: 'health', roles: ['unitHead'], jobTitle: '县卫生健康委员会主任' },
  { email: 'head.agriculture@demo.gov.cn', name: '曹局长', unit: 'agriculture', roles: ['unitHead'], jobTitle: '县农业农村局局长' },
  { email: 'head.finance@demo.gov.cn', name: '袁局长', unit: 'finance', roles: ['unitHead'], jobTitle: '县财政局局长' },
  { email: 'head.housing@demo.gov.cn', name: '邓局长', unit: 'housing', roles: ['unitHead'], jobTitle: '县住房和城乡建设局局长' },
  { email: 'head.town@demo.gov.cn', name: '许镇长', unit: 'town', roles: ['unitHead'], jobTitle: '城关镇镇长' },
  { email: 'head.office-info@demo.gov.cn', name: '傅科长', unit: 'office-info', roles: ['unitHead'], jobTitle: '信息科科长' },
  { email: 'officer.gov@demo.gov.cn', name: '蒋文秘', unit: 'gov', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.office@demo.gov.cn', name: '沈信息', unit: 'office', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.egov@demo.gov.cn', name: '韩编辑', unit: 'egov', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.propaganda@demo.gov.cn', name: '唐宣传', unit: 'propaganda', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.agriculture@demo.gov.cn', name: '冯农信', unit: 'agriculture', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.data@demo.gov.cn', name: '董数信', unit: 'data', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.finance@demo.gov.cn', name: '萧财信', unit: 'finance', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.housing@demo.gov.cn', name: '程住信', unit: 'housing', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.town@demo.gov.cn', name: '曾镇信', unit: 'town', roles: ['officer'], jobTitle: '信息员' },
  { email: 'officer.office-info@demo.gov.cn', name: '彭科员', unit: 'office-info', roles: ['officer'], jobTitle: '信息员' },
]

/**
 * The demo password, for development and demonstration only. In production mode the seed
 * gives every demo account a random password that is never shown: nobody can sign in with
 * a built-in password, and the security administrator issues real credentials.
 */
export const DEMO_PASSWORD = 'Demo@2026gov'
