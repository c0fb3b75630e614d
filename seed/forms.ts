/**
 * The four forms of the seed documents (表单定义, with their review routes) and demo filings
 * taken the real way — filled in by a unit's officer or webmaster, signed through review:
 * two 政务接待信息报告 (one filed late, one on time) and a draft past its deadline, the education
 * bureau's 表一, an approved 网站链接备案表 (its links in the registry) and a 专栏设置申请表 still
 * waiting for the e-government centre.
 */
import type { Payload } from 'payload'

import { submit, workflowOptions } from '@gov/review-workflow'

import { installDefaultForms } from '../cms/src/forms/defaultForms'
import { publishThroughReview, requestAs } from './workflow'

type Ids = { units: Map<string, number>; users: Map<string, number> }

const DAY_MS = 86_400_000
/** YYYY-MM-DD of the China-local day `days` before today. */
const chinaDay = (daysAgo: number, from = new Date()) => new Date(from.getTime() + 8 * 3_600_000 - daysAgo * DAY_MS).toISOString().slice(0, 10)
/** The 12th of last month (China time). */
function lastMonthDay(day: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, day)).toISOString().slice(0, 10)
}

function reception(endDate: string, guest: { name: string; post: string; unit: string }, place: string, scope: string, costs: [string, number][]) {
  const total = costs.reduce((sum, [, amount]) => sum + amount, 0)
  return {
    receptionTime: `${endDate}T09:30`,
    endDate,
    place,
    guests: [guest, { name: '李干事', post: '科员', unit: guest.unit }],
    totalPersons: 4,
    oppositeSexCount: 1,
    staffCount: 2,
    scope,
    lodgingStandard: 0,
    mealStandard: 40,
    transportStandard: '单位公务用车',
    costTotal: total,
    costItems: costs.map(([item, amount]) => ({ item, amount, note: '' })),
    payment: '公务卡结算',
    payer: guest.unit === '示范市教育局' ? '县教育局' : '县卫生健康委员会',
    staff: [{ name: '陈局长', post: '局长', phone: '0591-12345678' }],
    other: '',
  }
}

export async function seedForms(payload: Payload, ids: Ids): Promise<Record<string, number>> {
  const created = { forms: await installDefaultForms(payload), formFilings: 0 }
  const existing = await payload.count({ collection: 'form-filings', overrideAccess: true })
  if (existing.totalDocs > 0) return created
  const formId = async (code: string) => (await payload.find({ collection: 'form-definitions', where: { code: { equals: code } }, limit: 1, overrideAccess: true })).docs[0].id
  const user = (email: string) => ids.users.get(email)!

  async function file(email: string, code: string, data: Record<string, unknown>, then: 'approve' | 'submit' | 'draft') {
    const req = await requestAs(payload, user(email))
    const doc = await payload.create({ collection: 'form-filings', draft: true, req, user: req.user, overrideAccess: false, data: { form: await formId(code), data, _status: 'draft' } as never })
    if (then === 'approve') await publishThroughReview(payload, { collection: 'form-filings', id: doc.id, authorId: user(email), opinion: '同意。' })
    if (then === 'submit') await submit(await requestAs(payload, user(email)), workflowOptions(payload), { collection: 'form-filings', id: doc.id })
    created.formFilings++
  }

  await file(
    'officer@demo.gov.cn',
    'reception-report',
    reception(lastMonthDay(12), { name: '王处长', post: '基础教育处处长', unit: '示范市教育局' }, '县教育局三楼会议室（城关镇教育路8号）', '调研义务教育“双减”课后服务工作', [
      ['用餐费', 320],
      ['交通费', 80],
    ]),
    'approve',
  )
  await file(
    'officer.health@demo.gov.cn',
    'reception-report',
    reception(chinaDay(3), { name: '林主任', post: '疾控科主任', unit: '示范市卫生健康委员会' }, '县卫生健康委员会会议室（城关镇健康路2号）', '检查冬春季传染病防控工作', [['用餐费', 240]]),
    'approve',
  )
  await file(
    'officer.agriculture@demo.gov.cn',
    'reception-report',
    { receptionTime: `${chinaDay(25)}T14:00`, endDate: chinaDay(25), place: '县农业农村局', scope: '交流高标准农田建设经验' },
    'draft',
  )
  await file(
    'officer@demo.gov.cn',
    'it-systems',
    {
      year: Number(chinaDay(0).slice(0, 4)),
      noSystems: false,
      systems: [
        {
          systemName: '县教育局智慧校园平台',
          subsystemName: '入学转学网上办理子系统',
          systemType: '业务系统',
          vendor: '示范信息技术有限公司',
          budgetProject: '县教育局智慧校园建设项目',
          approvalDate: '2024-03-15',
          approvedBudget: 86.5,
          opex: 6.2,
          startDate: '2024-09-01',
          network: '电子政务外网',
          users: '面向社会公众',
          mlpsLevel: '第二级',
          classifiedLevel: '不涉密',
          producesData: '是',
          dbType: 'PostgreSQL',
          dataVolume: 120,
          updateFrequency: '每日',
          sharing: '有条件共享',
          opening: '不予开放',
          remarks: '',
        },
        {
          systemName: '县教育局门户子站',
          systemType: '门户网站',
          vendor: '县电子政务中心',
          budgetProject: '县政府网站集约化建设项目',
          approvalDate: '2023-05-10',
          approvedBudget: 0,
          opex: 0,
          startDate: '2023-07-01',
          network: '互联网',
          users: '面向社会公众',
          mlpsLevel: '等待审核中',
          classifiedLevel: '不涉密',
          producesData: '否',
          remarks: '运维费用归入县政府网站集约化平台，不重复填列（注6）。',
        },
      ],
      contact: '李信息',
      phone: '0591-12345678',
    },
    'approve',
  )
  await file(
    'webmaster.edu@demo.gov.cn',
    'link-registration',
    {
      links: [
        { siteName: '国家智慧教育公共服务平台', url: 'https://www.smartedu.cn/', sponsor: '教育部', position: '教育局子站·教育资源' },
        { siteName: '中国政府网', url: 'https://www.gov.cn/', sponsor: '国务院办公厅', position: '教育局子站·政策文件' },
      ],
      reason: '子站“教育资源”“政策文件”栏目需链接国家平台和中国政府网。',
      contact: '赵子站',
      phone: '0591-12345679',
    },
    'approve',
  )
  await file(
    'webmaster.edu@demo.gov.cn',
    'column-request',
    {
      requestType: '新设专栏',
      columnName: '“双减”工作专栏',
      columnSlug: 'shuangjian-zhuanlan',
      columnKind: '新闻动态',
      reason: '集中展示全县义务教育“双减”工作进展和课后服务信息。',
      content: '工作动态、政策解读、课后服务安排。',
      updateFrequency: '每周',
      maintainer: '赵子站',
      phone: '0591-12345679',
      openDate: chinaDay(-7),
    },
    'submit',
  )
  return created
}
