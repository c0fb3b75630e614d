/**
 * 依申请公开 and the annual report against Postgres: the public endpoint (JSON and form posts,
 * per-field Chinese errors, honeypot, rate limit), due dates on the working-day calendar, the
 * one recorded extension, deadline lists, the reply letter, and the 2025 annual report equal to
 * numbers computed by hand from the seeded applications.
 */
import JSZip from 'jszip'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { addChinaWorkingDays } from '../cms/src/calendar/chinaCalendar'
import { resetAttempts } from '../cms/src/disclosure/applications/rateLimit'
import { DEMO_PASSWORD } from '../seed/data/users'
import { APPLICATION_PATH, applicationPoster } from './helpers/applicationForm'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const as = (email: string) => reqFor(payload, email)

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

beforeEach(() => resetAttempts())

const { postForm, postJson } = applicationPoster(() => ctx, '203.0.113.7')

const valid = {
  applicantKind: 'natural',
  name: '王小明',
  idNumber: '11010519491231002X',
  phone: '0591-88001234',
  address: '示范县城关镇人民路2号',
  description: '2026年城区道路维修计划及资金安排',
  format: 'electronic',
  channel: 'email',
  email: 'wxm@example.com',
}

async function authed(method: string, path: string, email: string) {
  const login = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
  return handleEndpoints({ config: payload.config, path, request: new Request(`http://localhost${path}`, { method, headers: { Authorization: `JWT ${login.token}` } }) })
}

const count = async () => (await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs

describe('public application endpoint', () => {
  it('registers a JSON application with a receipt number and a due date 20 working days on', async () => {
    const before = Date.now()
    const response = await postJson(valid)
    expect(response.status).toBe(201)
    const body = (await response.json()) as { receiptNo: string; receivedAt: string; dueAt: string; calendarMissingYears: number[] }
    expect(body.receiptNo).toMatch(/^依申请〔\d{4}〕\d+号$/)
    expect(Date.parse(body.receivedAt)).toBeGreaterThanOrEqual(before - 1000)
    const expected = addChinaWorkingDays(new Date(body.receivedAt), 20)
    expect(body.dueAt).toBe(expected.dueAt.toISOString())
    expect(body.calendarMissingYears).toEqual(expected.calendarMissingYears)
    const stored = await payload.find({ collection: 'disclosure-applications', where: { receiptNo: { equals: body.receiptNo } }, overrideAccess: true })
    expect(stored.docs[0]).toMatchObject({ name: '王小明', sourceIp: '203.0.113.7', receivedVia: 'online', status: 'received' })
  })

  it('answers a bad JSON application with one Chinese message per field and stores nothing', async () => {
    const n = await count()
    const response = await postJson({ ...valid, applicantKind: 'legal', idNumber: '91350100M000100Y44', name: '', email: 'bad' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Record<string, string> }
    expect(errors).toEqual({
      orgType: expect.stringContaining('请选择组织类型'),
      contactName: '请填写联系人姓名。',
      name: '请填写法人或者其他组织的名称。',
      idNumber: '统一社会信用代码校验位不正确，请核对。',
      email: '电子邮箱格式不正确，如 name@example.com。',
    })
    expect(await count()).toBe(n)
  })

  it('re-renders a bad form post with the typed values (escaped) and the errors', async () => {
    const n = await count()
    const response = await postForm({ ...valid, name: '<script>alert(1)</script>', idNumber: '110105194912310021', postcode: '3501' })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    expect(page).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('身份证号码校验位不正确，请核对。')
    expect(page).toContain('邮政编码应为6位数字。')
    expect(page).toContain('2026年城区道路维修计划及资金安排</textarea>')
    expect(page).toContain('<option value="email" selected>')
    expect(page).toContain(`action="${APPLICATION_PATH}"`)
    expect(await count()).toBe(n)
  })

  it('answers a good form post with the receipt page', async () => {
    const response = await postForm({ ...valid, applicantKind: 'legal', orgType: 'research', name: '示范学院', idNumber: '91350100M000100Y43', contactName: '李老师' }, '203.0.113.8')
    expect(response.status).toBe(201)
    const page = await response.text()
    expect(page).toMatch(/受理编号<\/dt><dd>依申请〔\d{4}〕\d+号/)
    expect(page).toMatch(/答复期限<\/dt><dd>\d{4}年\d{1,2}月\d{1,2}日前/)
  })

  it('stores nothing when the honeypot is filled', async () => {
    const n = await count()
    const response = await postForm({ ...valid, homepage: 'http://spam.example' })
    expect(response.status).toBe(200)
    expect(await count()).toBe(n)
  })

  it('limits accepted applications per address per day (counted in Postgres) and keeps the typed values', async () => {
    await payload.updateGlobal({ slug: 'disclosure-settings', data: { applicationsPerIpPerDay: 2 }, overrideAccess: true })
    try {
      expect((await postJson({ ...valid, description: '第一件申请的内容' }, '198.51.100.1')).status).toBe(201)
      expect((await postJson({ ...valid, description: '第二件申请的内容' }, '198.51.100.1')).status).toBe(201)
      const third = await postForm({ ...valid, description: '第三件申请的内容' }, '198.51.100.1')
      expect(third.status).toBe(429)
      const page = await third.text()
      expect(page).toContain('24小时内最多在线提交2件申请')
      expect(page).toContain('第三件申请的内容</textarea>')
      expect((await postJson({ ...valid, description: '另一地址的申请' }, '198.51.100.2')).status).toBe(201)
    } finally {
      await payload.updateGlobal({ slug: 'disclosure-settings', data: { applicationsPerIpPerDay: 5 }, overrideAccess: true })
    }
  })

  it('stops floods of attempts from one address in memory', async () => {
    let last = 0
    for (let i = 0; i < 21; i++) last = (await postJson({ ...valid, name: '' }, '192.0.2.50')).status
    expect(last).toBe(429)
  })
})

describe('handling', () => {
  it('extends the due date once by 20 working days with the head’s recorded approval', async () => {
    const created = await payload.create({
      collection: 'disclosure-applications',
      overrideAccess: true,
      data: { ...valid, receivedAt: '2026-09-28T15:00:00+08:00' } as never,
    })
    expect(created.dueAt).toBe(new Date('2026-10-30T23:59:59+08:00').toISOString())
    const officer = await as('disclosure@demo.gov.cn')
    expect(
      await refusal(payload.update({ collection: 'disclosure-applications', id: created.id, data: { extension: { extended: true, reason: '需征求第三方意见' } }, req: officer, user: officer.user, overrideAccess: false })),
    ).toEqual([expect.stringContaining('须经政府信息公开工作机构负责人同意')])
    const head = await as('head.office@demo.gov.cn')
    expect(
      await refusal(payload.update({ collection: 'disclosure-applications', id: created.id, data: { extension: { extended: true, reason: '' } }, req: head, user: head.user, overrideAccess: false })),
    ).toEqual(['延长答复期限须填写延期理由。'])
    const extended = await payload.update({
      collection: 'disclosure-applications',
      id: created.id,
      data: { extension: { extended: true, reason: '需征求第三方意见' } },
      req: head,
      user: head.user,
      overrideAccess: false,
      depth: 0,
    })
    // 30 Oct + 20 working days: 2–6 Nov (5), 9–13 (10), 16–20 (15), 23–27 Nov (20).
    expect(extended.dueAt).toBe(new Date('2026-11-27T23:59:59+08:00').toISOString())
    expect(extended.extension).toMatchObject({ extended: true, reason: '需征求第三方意见', approvedBy: head.user!.id })
    expect(extended.extension?.approvedAt).toBeTruthy()
    expect(
      await refusal(payload.update({ collection: 'disclosure-applications', id: created.id, data: { extension: { extended: true, reason: '再延一次' } }, req: head, user: head.user, overrideAccess: false })),
    ).toEqual(['答复期限只能延长一次，延期记录不能修改或撤销。'])
  })

  it('says when a due date runs into a year without holiday data', async () => {
    const created = await payload.create({ collection: 'disclosure-applications', overrideAccess: true, data: { ...valid, receivedAt: '2026-12-18T16:00:00+08:00' } as never })
    expect(created.calendarMissingYears).toBe('2027')
    expect(created.dueAt).toBe(new Date('2027-01-15T23:59:59+08:00').toISOString())
    const read = await payload.findByID({ collection: 'disclosure-applications', id: created.id, req: await as('disclosure@demo.gov.cn'), overrideAccess: false })
    expect(read.deadlineState).toContain('节假日安排缺失')
  })

  it('lists overdue and due-soon applications for the disclosure officer only', async () => {
    await payload.updateGlobal({ slug: 'disclosure-settings', data: { dueSoonDays: 20 }, overrideAccess: true })
    try {
      const response = await authed('GET', '/api/disclosure-applications/deadlines', 'disclosure@demo.gov.cn')
      expect(response.status).toBe(200)
      const lists = (await response.json()) as { overdue: { name: string; dueAt: string }[]; dueSoon: { name: string }[] }
      // Seeded open applications received in June and October 2026 are past due.
      expect(lists.overdue.map((a) => a.name)).toEqual(expect.arrayContaining(['示范学院地方发展研究中心', '陈静']))
      expect(lists.overdue.every((a) => Date.parse(a.dueAt) < Date.now())).toBe(true)
      // Received today: due within 20 working days.
      expect(lists.dueSoon.map((a) => a.name)).toContain('王小明')
      expect((await authed('GET', '/api/disclosure-applications/deadlines', 'officer@demo.gov.cn')).status).toBe(403)
      expect((await payload.find({ collection: 'disclosure-applications', req: await as('officer@demo.gov.cn'), overrideAccess: false }).catch((e) => e)).message).toMatch(
        /not allowed|无权/,
      )
    } finally {
      await payload.updateGlobal({ slug: 'disclosure-settings', data: { dueSoonDays: 5 }, overrideAccess: true })
    }
  })

  it('records the outcome and prints the reply letter as .docx', async () => {
    const [app] = (await payload.find({ collection: 'disclosure-applications', where: { name: { equals: '陈静' } }, overrideAccess: true })).docs
    expect((await authed('GET', `/api/disclosure-applications/${app.id}/reply-letter`, 'disclosure@demo.gov.cn')).status).toBe(400)
    const officer = await as('disclosure@demo.gov.cn')
    const answered = await payload.update({
      collection: 'disclosure-applications',
      id: app.id,
      data: { outcome: 'withheld-thirdParty', replyContent: '所申请信息含有第三方个人信息，经征求意见，第三方不同意公开。' },
      req: officer,
      user: officer.user,
      overrideAccess: false,
    })
    expect(answered.status).toBe('replied')
    expect(answered.repliedAt).toBeTruthy()
    const response = await authed('GET', `/api/disclosure-applications/${app.id}/reply-letter`, 'disclosure@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('wordprocessingml')
    const zip = await JSZip.loadAsync(await response.arrayBuffer())
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('政府信息公开申请答复书')
    expect(xml).toContain(answered.receiptNo)
    expect(xml).toContain('保护第三方合法权益')
    expect(xml).toContain('示范县人民政府办公室（县政务公开办公室）')
  })
})

describe('annual report', () => {
  /** Table 三 of 2025, counted by hand from seed/data/disclosureDocs.ts (a1–a2 carried over, b1–b11 new). */
  const zero = { natural: 0, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 0 }
  const row = (values: Partial<typeof zero>) => ({ ...zero, ...values })
  const expected2025: Record<string, typeof zero> = {
    newReceived: row({ natural: 5, commercial: 2, research: 1, publicInterest: 1, legalService: 1, otherOrg: 1, total: 11 }),
    carriedOver: row({ natural: 1, commercial: 1, total: 2 }),
    granted: row({ natural: 2, commercial: 1, research: 1, total: 4 }),
    partial: row({ commercial: 1, publicInterest: 1, total: 2 }),
    'withheld-thirdParty': row({ natural: 1, total: 1 }),
    'withheld-process': row({ legalService: 1, total: 1 }),
    'unable-notHeld': row({ natural: 1, total: 1 }),
    'notProcessed-petition': row({ natural: 1, total: 1 }),
    'other-noCorrection': row({ otherOrg: 1, total: 1 }),
    resultTotal: row({ natural: 5, commercial: 2, research: 1, publicInterest: 1, legalService: 1, otherOrg: 1, total: 11 }),
    carriedForward: row({ natural: 1, commercial: 1, total: 2 }),
  }

  const report2025 = async () => (await payload.find({ collection: 'annual-reports', where: { year: { equals: 2025 } }, draft: true, overrideAccess: true })).docs[0]

  it('seeded the 2025 report through review, published, with the hand-computed tables', async () => {
    const report = await report2025()
    expect(report._status).toBe('published')
    const stats = report.applicationStats as Record<string, typeof zero>
    for (const [key, values] of Object.entries(expected2025)) expect([key, stats[key]]).toEqual([key, values])
    const others = Object.entries(stats).filter(([key]) => !(key in expected2025))
    expect(others.every(([, values]) => values.total === 0)).toBe(true)
    // 规章: none (a county issues none); 行政规范性文件 of 2025: 示政规〔2025〕1号 and 2号, the latter repealed only in 2026.
    expect(report.activeDisclosure?.regulations).toMatchObject({ issued: 0, repealed: 0, inForce: 0 })
    expect(report.activeDisclosure?.normativeDocs).toMatchObject({ issued: 2, repealed: 0, inForce: 2 })
    const anonymous = await payload.find({ collection: 'annual-reports', overrideAccess: false })
    expect(anonymous.docs.map((d) => d.year)).toEqual([2025])
  })

  it('recalculates from the data, and 2026 reflects new and answered applications', async () => {
    const officer = await as('disclosure@demo.gov.cn')
    const draft = await payload.create({
      collection: 'annual-reports',
      draft: true,
      req: officer,
      user: officer.user,
      overrideAccess: false,
      data: { title: '示范县人民政府2026年政府信息公开工作年度报告', year: 2026, _status: 'draft' } as never,
    })
    expect((await authed('POST', `/api/annual-reports/${draft.id}/recalculate`, 'officer@demo.gov.cn')).status).toBe(403)
    const response = await authed('POST', `/api/annual-reports/${draft.id}/recalculate`, 'disclosure@demo.gov.cn')
    expect(response.status).toBe(200)
    const report = (await payload.findByID({ collection: 'annual-reports', id: draft.id, draft: true, overrideAccess: true })) as {
      applicationStats: Record<string, typeof zero>
      activeDisclosure: { normativeDocs: { issued: number; repealed: number; inForce: number } }
    }
    const stats = report.applicationStats
    // 2025's carried-forward b10, b11 are 2026's carried-over, both answered in January.
    expect(stats.carriedOver).toEqual(row({ natural: 1, commercial: 1, total: 2 }))
    const apps2026 = await payload.find({
      collection: 'disclosure-applications',
      where: { receivedAt: { greater_than_equal: '2026-01-01T00:00:00+08:00', less_than: '2027-01-01T00:00:00+08:00' } },
      overrideAccess: true,
      pagination: false,
    })
    expect(stats.newReceived.total).toBe(apps2026.totalDocs)
    expect(stats.newReceived.total + stats.carriedOver.total).toBe(stats.resultTotal.total + stats.carriedForward.total)
    expect(stats['withheld-thirdParty'].natural).toBe(1) // answered above
    expect(report.activeDisclosure.normativeDocs).toEqual({ issued: 2, repealed: 1, inForce: 3 })
  })

  it('refuses a report whose table 三 does not add up, naming the column', async () => {
    const report = await report2025()
    const stats = structuredClone(report.applicationStats) as Record<string, typeof zero>
    stats.newReceived.research += 1
    stats.newReceived.total += 1
    const officer = await as('disclosure@demo.gov.cn')
    const messages = await refusal(
      payload.update({ collection: 'annual-reports', id: report.id, draft: true, data: { applicationStats: stats }, req: officer, user: officer.user, overrideAccess: false }),
    )
    expect(messages[0]).toContain('表三“法人或其他组织·科研机构”栏：一（本年新收2）+ 二（上年结转0）= 2，三（办理结果总计1）+ 四（结转下年度0）= 1，两者应相等。')
  })
})
