/**
 * Forms as data (表单定义 / 表单填报) against Postgres: who reads and files what, deadlines in
 * China working days with overdue marks, the totals check, the notes of 表一, the column a
 * 专栏设置申请表 creates at final approval (and not before), the link registry behind the content
 * checks and its availability check, and the .docx / .xlsx exports.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions, type Run } from '@gov/review-workflow'

import { checkRegisteredLinks } from '../cms/src/contentSafety/linkRegistry'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { restClient } from './helpers/rest'
import { draftArticle, lexical, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let server: http.Server
let external: string
const rest = restClient(() => ctx)
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)
const forms = new Map<string, number>()
const units = new Map<string, number>()

const OFFICER = 'officer@demo.gov.cn' // 县教育局
const HEALTH = 'officer.health@demo.gov.cn' // 县卫生健康委员会
const WEBMASTER_EDU = 'webmaster.edu@demo.gov.cn'

type Data = Record<string, unknown>

async function draft(email: string, code: string, data: Data, extra: Data = {}) {
  const req = await as(email)
  return payload.create({ collection: 'form-filings', draft: true, req, user: req.user, overrideAccess: false, data: { form: forms.get(code)!, data, _status: 'draft', ...extra } as never })
}

const submitAs = async (email: string, id: number) => submit(await as(email), options(), { collection: 'form-filings', id })

/** Signs the run's current stage as its first pending signer, answering every checklist point. */
async function signNext(run: Run, opinion = '同意。'): Promise<Run> {
  const stage = run.route[run.currentStage ?? 0]
  const signer = await payload.findByID({ collection: 'users', id: run.pendingSigners![0], depth: 0, overrideAccess: true })
  return sign(await as(signer.email), options(), { runId: run.id, decision: 'approve', opinion, checklist: Object.fromEntries(stage.checklist.map((c) => [c, true])) })
}

async function approveAll(run: Run): Promise<Run> {
  while (run.status === 'in_review') run = await signNext(run)
  return run
}

const reception = (overrides: Data = {}): Data => ({
  receptionTime: '2026-09-29T09:30',
  endDate: '2026-09-30',
  place: '县教育局三楼会议室',
  guests: [{ name: '王处长', post: '处长', unit: '示范市教育局' }],
  totalPersons: 3,
  oppositeSexCount: 1,
  staffCount: 1,
  scope: '调研课后服务工作',
  lodgingStandard: 0,
  mealStandard: 40,
  transportStandard: '单位公务用车',
  costTotal: 400,
  costItems: [
    { item: '用餐费', amount: 320 },
    { item: '交通费', amount: 80 },
  ],
  payment: '公务卡结算',
  payer: '县教育局',
  staff: [{ name: '陈局长', post: '局长', phone: '0591-12345678' }],
  ...overrides,
})

const system = (overrides: Data = {}): Data => ({
  systemName: '县教育局学籍管理系统',
  systemType: '业务系统',
  vendor: '示范软件公司',
  budgetProject: '教育信息化项目',
  approvalDate: '2022-04-01',
  approvedBudget: 30,
  opex: 2.5,
  startDate: '2022-09-01',
  network: '电子政务外网',
  users: '本部门内部',
  mlpsLevel: '第二级',
  classifiedLevel: '不涉密',
  producesData: '是',
  dbType: 'MySQL',
  dataVolume: 20,
  updateFrequency: '每日',
  sharing: '有条件共享',
  opening: '不予开放',
  ...overrides,
})

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook.worksheets[0]
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: string[][] = []
  sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : typeof v === 'object' && v && 'result' in v ? String((v as { result: unknown }).result) : String(v)))))
  return rows
}

beforeAll(async () => {
  process.env.LINK_CHECK_PRIVATE = 'allow'
  server = http.createServer((req, res) => {
    res.statusCode = req.url === '/ok' ? 200 : 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  external = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  for (const doc of (await payload.find({ collection: 'form-definitions', overrideAccess: true, pagination: false })).docs) forms.set(doc.code, doc.id)
  for (const doc of (await payload.find({ collection: 'units', overrideAccess: true, pagination: false })).docs) units.set(doc.name, doc.id)
})

afterAll(async () => {
  await ctx?.close()
  server?.close()
})

describe('the four forms are data', () => {
  it('are seeded with their review routes, collecting offices and demo filings', async () => {
    expect([...forms.keys()].sort()).toEqual(['column-request', 'it-systems', 'link-registration', 'reception-report'])
    const receptionForm = await payload.findByID({ collection: 'form-definitions', id: forms.get('reception-report')!, depth: 1, overrideAccess: true })
    expect(receptionForm.fields.length).toBeGreaterThanOrEqual(17)
    expect((receptionForm.office as { name: string }).name).toBe('县政府办公室')
    expect((receptionForm.workflow as { code: string }).code).toBe('form-reception-report')
    const filings = await payload.find({ collection: 'form-filings', draft: true, overrideAccess: true, pagination: false })
    expect(filings.totalDocs).toBe(6)
  })

  it('refuses a definition whose rule names an item the form does not have, in Chinese', async () => {
    const req = await as('sysadmin@demo.gov.cn')
    const messages = await refusal(
      payload.create({
        collection: 'form-definitions',
        req,
        overrideAccess: false,
        data: {
          name: '测试表',
          code: 'test-form',
          office: units.get('县政府办公室')!,
          workflow: (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'form-it-systems' } }, overrideAccess: true })).docs[0].id,
          fields: [{ key: 'total', label: '合计', type: 'money' }],
          rules: [{ type: 'sum', target: 'total', items: 'items.amount' }],
        } as never,
      }),
    )
    expect(messages.join('；')).toContain('“items.amount”不是本表的数字项目')
  })

  it('lets an office add a fifth form without code: it is filled in, routed and signed like the others', async () => {
    const req = await as('sysadmin@demo.gov.cn')
    const fifth = await payload.create({
      collection: 'form-definitions',
      req,
      overrideAccess: false,
      data: {
        name: '信息员基本情况登记表',
        code: 'officer-registration',
        office: units.get('县政府办公室')!,
        workflow: (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'form-column-request' } }, overrideAccess: true })).docs[0].id,
        fields: [
          { key: 'name', label: '姓名', type: 'text', required: true },
          { key: 'phone', label: '联系电话', type: 'phone', required: true },
        ],
      } as never,
    })
    forms.set('officer-registration', fifth.id)
    const filing = await draft(OFFICER, 'officer-registration', { name: '李信息' })
    expect((await refusal(submitAs(OFFICER, filing.id))).join('')).toContain('请填写“联系电话”')
    await payload.update({ collection: 'form-filings', id: filing.id, draft: true, overrideAccess: true, data: { data: { name: '李信息', phone: '0591-12345678' } } })
    const run = await submitAs(OFFICER, filing.id)
    expect(run.route.map((s) => s.label)).toEqual(['申请单位负责人审核', '县电子政务中心审定'])
    expect((await approveAll(run)).status).toBe('approved')
  })
})

describe('access', () => {
  let educationDraft: number

  beforeAll(async () => {
    educationDraft = (await draft(OFFICER, 'reception-report', reception())).id
  })

  it('files for the author’s own unit only', async () => {
    const doc = await payload.findByID({ collection: 'form-filings', id: educationDraft, draft: true, depth: 0, overrideAccess: true })
    expect(doc.unit).toBe(units.get('县教育局'))
    expect(doc.title).toBe('政务接待信息报告（教育局，2026年9月30日）')
    const messages = await refusal(draft(OFFICER, 'reception-report', reception(), { unit: units.get('县卫生健康委员会') }))
    expect(messages[0]).toBe('您无权执行此操作。')
  })

  it('does not let another unit read or change a draft', async () => {
    const req = await as(HEALTH)
    const listed = await payload.find({ collection: 'form-filings', draft: true, req, user: req.user, overrideAccess: false, where: { id: { equals: educationDraft } } })
    expect(listed.totalDocs).toBe(0)
    await expect(payload.findByID({ collection: 'form-filings', id: educationDraft, draft: true, req, user: req.user, overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'form-filings', id: educationDraft, draft: true, req, user: req.user, overrideAccess: false, data: { data: reception({ place: '改' }) } }),
    ).rejects.toThrow()
    expect((await rest.get(`/api/form-filings/${educationDraft}/docx`, HEALTH)).status).toBe(404)
    // The collecting office reads approved reports, not drafts.
    const office = await as('reviewer@demo.gov.cn')
    const officeView = await payload.find({ collection: 'form-filings', req: office, user: office.user, overrideAccess: false, pagination: false })
    expect(officeView.docs.map((d) => d.id)).not.toContain(educationDraft)
    expect(officeView.docs.some((d) => d.title?.startsWith('政务接待信息报告（卫健委'))).toBe(true)
    // Its own unit reads it.
    const own = await as('head@demo.gov.cn')
    expect((await payload.findByID({ collection: 'form-filings', id: educationDraft, draft: true, req: own, user: own.user, overrideAccess: false })).id).toBe(educationDraft)
  })

  it('does not let a filing change its form once saved', async () => {
    const req = await as(OFFICER)
    const messages = await refusal(
      payload.update({ collection: 'form-filings', id: educationDraft, draft: true, req, user: req.user, overrideAccess: false, data: { form: forms.get('it-systems') } as never }),
    )
    expect(messages.join('')).toContain('表单保存后不能更换')
  })
})

describe('deadlines in China working days', () => {
  it('counts 10 working days after the reception with the National Day holiday and the 调休 Saturday', async () => {
    const doc = await draft(OFFICER, 'reception-report', reception({ endDate: '2026-09-30' }))
    // Oct 1–7 off, Sat Oct 10 worked: the 10th working day is Tue Oct 20 (Mon–Fri only would give Oct 14).
    expect(doc.dueAt).toBe(new Date('2026-10-20T23:59:59+08:00').toISOString())
    expect(doc.period).toBe('2026-09')
    const state = await payload.findByID({ collection: 'form-filings', id: doc.id, draft: true, overrideAccess: true })
    expect(state.deadlineState).toBe('已逾期未报（期限2026年10月20日）')
    await submitAs(OFFICER, doc.id)
    const late = await payload.findByID({ collection: 'form-filings', id: doc.id, draft: true, overrideAccess: true })
    expect(late.deadlineState).toBe('逾期报送（期限2026年10月20日）')
  })

  it('marks a report filed within the period as on time', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const doc = await draft(HEALTH, 'reception-report', reception({ endDate: today, receptionTime: `${today}T09:00`, payer: '县卫生健康委员会' }))
    expect(new Date(doc.dueAt!).getTime()).toBeGreaterThan(Date.now())
    expect((await payload.findByID({ collection: 'form-filings', id: doc.id, draft: true, overrideAccess: true })).deadlineState).toMatch(/^未到期（期限/)
    await submitAs(HEALTH, doc.id)
    expect((await payload.findByID({ collection: 'form-filings', id: doc.id, draft: true, overrideAccess: true })).deadlineState).toMatch(/^按期报送（期限/)
  })

  it('says so when the count runs into a year the holiday calendar has no data for', async () => {
    const doc = await draft(OFFICER, 'reception-report', reception({ endDate: '2026-12-28' }))
    expect(doc.deadlineNote).toContain('2027年节假日安排尚未录入')
  })
})

describe('figures and rules', () => {
  it('keeps a wrong number out with a Chinese message naming the item', async () => {
    const messages = await refusal(draft(OFFICER, 'reception-report', reception({ costTotal: '四百元' })))
    expect(messages.join('')).toContain('“费用总额（元）”应填数字，“四百元”不是数字。')
  })

  it('refuses to submit a report whose total does not equal its items, then accepts it corrected', async () => {
    const doc = await draft(OFFICER, 'reception-report', reception({ costTotal: 500 }))
    const messages = await refusal(submitAs(OFFICER, doc.id))
    expect(messages[0]).toContain('“费用总额（元）”（500）与分项费用中“金额（元）”合计（400）不一致')
    expect((await payload.find({ collection: 'workflow-runs', where: { docCollection: { equals: 'form-filings' }, docId: { equals: String(doc.id) } }, overrideAccess: true })).totalDocs).toBe(0)
    await payload.update({ collection: 'form-filings', id: doc.id, draft: true, overrideAccess: true, data: { data: reception({ costTotal: '400.00' }) } })
    expect((await submitAs(OFFICER, doc.id)).status).toBe('in_review')
  })

  it('refuses more staff than persons received', async () => {
    const doc = await draft(OFFICER, 'reception-report', reception({ staffCount: 5 }))
    expect((await refusal(submitAs(OFFICER, doc.id)))[0]).toContain('“其中工作人员人数”（5）不能大于“接待总人数”（3）')
  })
})

describe('表一 and its notes', () => {
  it('lets columns 16–20 stay blank for a system that produces no data, but not otherwise', async () => {
    const blankData = { dbType: '', dataVolume: null, updateFrequency: '', sharing: '', opening: '' }
    const noData = await draft(HEALTH, 'it-systems', { year: 2026, systems: [system({ producesData: '否', ...blankData })], contact: '周卫信', phone: '0591-22345678' })
    expect((await submitAs(HEALTH, noData.id)).status).toBe('in_review')

    const withData = await draft(HEALTH, 'it-systems', { year: 2025, systems: [system({ ...blankData })], contact: '周卫信', phone: '0591-22345678' })
    const message = (await refusal(submitAs(HEALTH, withData.id)))[0]
    expect(message).toContain('第1行的第16列“数据库类型”')
    expect(message).toContain('第20列“数据开放情况”')
  })

  it('takes 等保 and 分级保护 levels from their lists, 等待审核中 and 等待审批中 included', async () => {
    const pending = await draft(HEALTH, 'it-systems', {
      year: 2024,
      systems: [system({ mlpsLevel: '等待审核中', classifiedLevel: '等待审批中' })],
      contact: '周卫信',
      phone: '0591-22345678',
    })
    expect((await submitAs(HEALTH, pending.id)).status).toBe('in_review')
    const messages = await refusal(draft(HEALTH, 'it-systems', { year: 2024, systems: [system({ mlpsLevel: '三级' })] }))
    expect(messages.join('')).toContain('第14列“信息系统安全等级定级情况”只能从以下选项中选择：第一级、第二级、第三级、第四级、第五级、未定级、等待审核中。')
  })

  it('asks for a row per system unless the unit has none', async () => {
    const none = await draft(HEALTH, 'it-systems', { year: 2023, noSystems: true, systems: [], contact: '周卫信', phone: '0591-22345678' })
    expect((await submitAs(HEALTH, none.id)).status).toBe('in_review')
    const empty = await draft(HEALTH, 'it-systems', { year: 2022, systems: [], contact: '周卫信', phone: '0591-22345678' })
    expect((await refusal(submitAs(HEALTH, empty.id)))[0]).toContain('至少填写一行')
  })

  it('gives the data bureau the county roll-up in the table’s layout, one row per system, with the units yet to file', async () => {
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
    expect((await rest.get(`/api/form-definitions/${forms.get('it-systems')}/rollup?period=${year}`, OFFICER)).status).toBe(403)
    const bad = await rest.get(`/api/form-definitions/${forms.get('it-systems')}/rollup?period=2026-05`, 'head.data@demo.gov.cn')
    expect(bad.status).toBe(400)
    expect(await rest.errorOf(bad)).toContain('汇总期间应写作“2026”（年度）')
    const response = await rest.get(`/api/form-definitions/${forms.get('it-systems')}/rollup?period=${year}`, 'head.data@demo.gov.cn')
    expect(response.status).toBe(200)
    const rows = rowsOf(await workbookOf(response))
    expect(rows[0][0]).toBe(`自建政务信息系统基本情况表汇总表（${year}年度）`)
    const header = rows.findIndex((r) => r[0] === '序号')
    expect(rows[header].slice(1, 5)).toEqual(['填报单位', '信息系统名称', '子系统名称', '系统类别'])
    // The paper table's column numbers under the headers: 3 … 20.
    expect(rows[header + 1].filter(Boolean)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 3)))
    const systems = rows.slice(header + 2).filter((r) => r[1] === '县教育局')
    expect(systems.map((r) => r[2])).toEqual(['县教育局智慧校园平台', '县教育局门户子站'])
    expect(systems[1][rows[header].indexOf('信息系统安全等级定级情况')]).toBe('等待审核中')
    const missing = rows.find((r) => (r[0] ?? '').startsWith('尚未报送'))![0]
    expect(missing).toContain('县卫生健康委员会')
    expect(missing).not.toContain('县教育局')
  })
})

describe('专栏设置申请表', () => {
  const request = (slug: string, name: string): Data => ({
    requestType: '新设专栏',
    columnName: name,
    columnSlug: slug,
    columnKind: '通知公告',
    reason: '集中发布招生信息。',
    content: '招生政策、录取结果。',
    updateFrequency: '每周',
    maintainer: '赵子站',
    phone: '0591-12345679',
  })
  const columnsWith = async (slug: string) => (await payload.find({ collection: 'columns', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })).docs

  it('creates the column for the applying unit at final approval, and nothing before', async () => {
    const doc = await draft(WEBMASTER_EDU, 'column-request', request('zhaosheng-zhuanlan', '招生考试专栏'))
    expect(doc.title).toBe('专栏设置申请表（教育局，招生考试专栏）')
    let run = await submitAs(WEBMASTER_EDU, doc.id)
    expect(run.route.map((s) => s.label)).toEqual(['申请单位负责人审核', '县电子政务中心审定'])
    run = await signNext(run)
    expect(run.status).toBe('in_review')
    expect(await columnsWith('zhaosheng-zhuanlan')).toEqual([])
    run = await signNext(run, '同意开设。')
    expect(run.status).toBe('approved')
    const [column] = await columnsWith('zhaosheng-zhuanlan')
    expect(column).toMatchObject({ name: '招生考试专栏', kind: 'notice', unit: units.get('县教育局') })
    // The unit's webmaster now manages it (manageColumns: own unit's columns only); another unit's does not.
    const own = await as(WEBMASTER_EDU)
    expect((await payload.update({ collection: 'columns', id: column.id, req: own, user: own.user, overrideAccess: false, data: { order: 5 } })).order).toBe(5)
  })

  it('refuses final approval when the address is taken, and creates nothing', async () => {
    const doc = await draft(WEBMASTER_EDU, 'column-request', request('yaowen', '要闻'))
    let run = await signNext(await submitAs(WEBMASTER_EDU, doc.id))
    const messages = await refusal(signNext(run))
    expect(messages[0]).toContain('栏目英文标识“yaowen”已被其他栏目使用')
    expect((await columnsWith('yaowen')).length).toBe(1)
    run = (await payload.find({ collection: 'workflow-runs', where: { docCollection: { equals: 'form-filings' }, docId: { equals: String(doc.id) } }, overrideAccess: true })).docs[0] as unknown as Run
    expect(run.status).toBe('in_review')
  })
})

describe('网站链接备案 and the content checks', () => {
  let yaowen: number
  beforeAll(async () => {
    yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
    // The seed's registered links are real sites: this machine does not ask them.
    const seeded = await payload.find({ collection: 'registered-links', where: { active: { equals: true } }, overrideAccess: true })
    expect(seeded.docs.map((d) => d.host).sort()).toEqual(['gov.cn', 'smartedu.cn'])
    for (const link of seeded.docs) await payload.update({ collection: 'registered-links', id: link.id, data: { active: false }, overrideAccess: true })
  })

  async function findingsOf(url: string) {
    const body = lexical('详见：') as { root: { children: { children: unknown[] }[] } }
    body.root.children[0].children.push({ type: 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text: url, version: 1 }], version: 3 })
    const article = await draftArticle(payload, yaowen, `链接测试稿${Math.random()}`, { body })
    const response = await rest.get(`/api/workflow/articles/${article.id}/check`, OFFICER)
    return ((await response.json()) as { findings: { kind: string; match: string; message: string; severity: string }[] }).findings
  }

  it('warns about a link to an unregistered host until its registration is approved; then checks its availability on schedule', async () => {
    const before = (await findingsOf(`${external}/ok`)).filter((f) => f.kind === 'unregisteredLink')
    expect(before).toHaveLength(1)
    expect(before[0].severity).toBe('warn')
    expect(before[0].message).toContain('外部网站“127.0.0.1”未在网站链接备案库中')

    const doc = await draft(WEBMASTER_EDU, 'link-registration', {
      links: [
        { siteName: '测试网站', url: `${external}/ok`, sponsor: '测试单位', position: '教育局子站·友情链接' },
        { siteName: '已关闭网站', url: `${external}/gone`, sponsor: '测试单位', position: '教育局子站·友情链接' },
      ],
      reason: '子站需要链接。',
      contact: '赵子站',
      phone: '0591-12345679',
    })
    let run = await signNext(await submitAs(WEBMASTER_EDU, doc.id))
    expect((await payload.find({ collection: 'registered-links', where: { active: { equals: true } }, overrideAccess: true })).totalDocs).toBe(0)
    run = await signNext(run)
    expect(run.status).toBe('approved')
    const registered = await payload.find({ collection: 'registered-links', where: { active: { equals: true } }, overrideAccess: true, sort: 'url', depth: 0 })
    expect(registered.docs.map((d) => [d.url, d.host, d.unit])).toEqual([
      [`${external}/gone`, '127.0.0.1', units.get('县教育局')],
      [`${external}/ok`, '127.0.0.1', units.get('县教育局')],
    ])
    expect((await findingsOf(`${external}/ok`)).filter((f) => f.kind === 'unregisteredLink')).toEqual([])

    // The scheduled task's work, and what it stores.
    const req = await as('webmaster@demo.gov.cn')
    const outcome = await checkRegisteredLinks(req)
    expect(outcome).toEqual({ checked: 2, dead: 1, skipped: 0 })
    const checked = await payload.find({ collection: 'registered-links', where: { active: { equals: true } }, overrideAccess: true, sort: 'url' })
    expect(checked.docs.map((d) => [d.lastStatus, d.lastResult, d.failures])).toEqual([
      ['dead', '对方网站返回 404', 1],
      ['ok', '可以访问（HTTP 200）', 0],
    ])
    expect(checked.docs.every((d) => d.lastCheckedAt)).toBe(true)
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'checkRegisteredLinks')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '0 22 * * *', queue: 'workflow' })
    // The check on demand is for webmasters (and the system administrator), not officers.
    expect((await rest.post('/api/registered-links/check', {}, OFFICER)).status).toBe(403)
  })
})

describe('exports', () => {
  it('exports a signed reception report as .docx with its answers and signatures', async () => {
    const doc = await draft(OFFICER, 'reception-report', reception({ endDate: '2026-11-20', receptionTime: '2026-11-20T09:30' }))
    await approveAll(await submitAs(OFFICER, doc.id))
    const response = await rest.get(`/api/form-filings/${doc.id}/docx`, OFFICER)
    expect(response.status).toBe(200)
    expect(decodeURIComponent(response.headers.get('Content-Disposition')!.split("''")[1])).toBe('政务接待信息报告（教育局，2026年11月20日）.docx')
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value
    expect(text).toContain('政务接待信息报告')
    expect(text).toContain('填报单位：县教育局')
    expect(text).toContain('2026年11月20日 9时30分')
    expect(text).toContain('姓名：王处长')
    expect(text).toContain('单位：示范市教育局')
    expect(text).toContain('400.00')
    expect(text).toContain('接待单位负责人审核')
    expect(text).toContain('陈局长')
    expect(text).toContain('审核签署（已审定）')
  })

  it('rolls up a month’s approved reports for the management office, totals checked, with the 10th as the due day', async () => {
    expect((await rest.get(`/api/form-definitions/${forms.get('reception-report')}/rollup?period=2026-11`, OFFICER)).status).toBe(403)
    const response = await rest.get(`/api/form-definitions/${forms.get('reception-report')}/rollup?period=2026-11`, 'reviewer@demo.gov.cn')
    expect(response.status).toBe(200)
    const rows = rowsOf(await workbookOf(response))
    expect(rows[0][0]).toBe('政务接待信息报告汇总表（2026年11月）')
    expect(rows[1][0]).toContain('汇总单位：县政府办公室')
    expect(rows[1][0]).toContain('报送期限：2026年12月10日前')
    const header = rows.findIndex((r) => r[0] === '序号')
    const unitCol = rows[header].indexOf('填报单位')
    const checkCol = rows[header].indexOf('数据核对')
    const totalCol = rows[header].indexOf('费用总额（元）')
    const reports = rows.slice(header + 1).filter((r) => r[unitCol] === '县教育局')
    expect(reports.length).toBeGreaterThanOrEqual(1)
    expect(reports.every((r) => r[checkCol] === '数据一致')).toBe(true)
    const sum = rows.find((r) => r[unitCol] === '合计')!
    const expected = rows
      .slice(header + 1)
      .filter((r) => /^\d+$/.test(r[0] ?? ''))
      .reduce((s, r) => s + Number(r[totalCol]), 0)
    expect(Number(sum[totalCol])).toBeCloseTo(expected, 2)
    expect(rows.some((r) => (r[0] ?? '').includes('上级每月20日前报本级党政机关'))).toBe(true)
  })
})
