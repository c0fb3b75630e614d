/**
 * Government information disclosure, CMS side: the editable working-day calendar, the catalog,
 * policy metadata (发文字号, 索引号 under 20 concurrent final approvals), the public read rule,
 * and 同步公开 — a policy needing interpretation passes no publish path before its
 * interpretation is finally approved, and then both go live in one transaction.
 */
import { createRequire } from 'node:module'

import { configToSchema } from '@payloadcms/graphql'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emergencyPublish, sign, submit, workflowOptions, type Run } from '@gov/review-workflow'

import { addChinaWorkingDays, calendarYears, isChinaWorkingDay } from '../cms/src/calendar/chinaCalendar'
import { DEMO_PASSWORD } from '../seed/data/users'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { lexical, reqFor } from './helpers/workflow'

const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

let ctx: TestPayload
let payload: Payload
let govUnit: number
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const GATE = /同步公开/

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  govUnit = (await payload.find({ collection: 'units', where: { code: { equals: '11350100MB0000001A' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

/** A draft policy written by the county government's information officer. */
async function draftPolicy(title: string, extra: Record<string, unknown> = {}) {
  const req = await as('officer.gov@demo.gov.cn')
  return payload.create({
    collection: 'policies',
    draft: true,
    req,
    user: req.user,
    overrideAccess: false,
    data: {
      title,
      docType: 'normative',
      subject: 's0203',
      issuer: '示范县人民政府',
      writtenAt: '2026-11-20T00:00:00+08:00',
      body: lexical(`${title}。正文。`),
      _status: 'draft',
      ...extra,
    } as never,
  })
}

async function draftInterpretation(policy: number, title: string) {
  const req = await as('officer.gov@demo.gov.cn')
  return payload.create({
    collection: 'interpretations',
    draft: true,
    req,
    user: req.user,
    overrideAccess: false,
    data: {
      title,
      policy,
      form: 'text',
      interpretingUnit: '示范县人民政府办公室',
      interpreter: '林解读',
      contact: '0591-12345602',
      subject: 's0203',
      issuer: '示范县人民政府办公室',
      body: lexical(`${title}。解读内容。`),
      _status: 'draft',
    } as never,
  })
}

/** Submits and signs every stage but the last; returns the run at its final stage. */
async function toFinalStage(collection: 'policies' | 'interpretations', id: number): Promise<Run> {
  let run = await submit(await as('officer.gov@demo.gov.cn'), options(), { collection, id })
  while ((run.currentStage ?? 0) < run.route.length - 1) {
    run = await sign(await as('head.gov@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
  }
  return run
}

const finalSign = (run: Run) => as('reviewer@demo.gov.cn').then((req) => sign(req, options(), { runId: run.id, decision: 'approve', opinion: '同意公开。' }))

const liveStatus = async (collection: 'policies' | 'interpretations', id: number) =>
  (await payload.findByID({ collection, id, overrideAccess: true, draft: false, depth: 0 }))._status

const publicTitles = async (collection: 'policies' | 'interpretations') =>
  (await payload.find({ collection, overrideAccess: false, pagination: false, depth: 0 })).docs.map((d) => d.title)

describe('working-day calendar as data', () => {
  it('is seeded with 2026 from the State Council notice and cached for the synchronous isWorkingDay', async () => {
    const years = await payload.find({ collection: 'holiday-calendars', overrideAccess: true })
    expect(years.docs.map((d) => d.year)).toEqual([2026])
    expect(calendarYears()).toEqual([2026])
    expect(isChinaWorkingDay(day('2026-10-05'))).toBe(false)
    expect(isChinaWorkingDay(day('2026-10-10'))).toBe(true)
  })

  it('reloads when the administrator enters or deletes a year, and deadlines report years without data', async () => {
    // A hypothetical far-future year (clearly test data): real years come from the State Council notice.
    expect(addChinaWorkingDays(new Date('2099-04-30T10:00:00+08:00'), 3).calendarMissingYears).toEqual([2099])
    const sysAdmin = await as('sysadmin@demo.gov.cn')
    const data = {
      year: 2099,
      source: '测试数据（非真实安排）',
      holidays: [{ name: '劳动节', from: '2099-05-01T00:00:00+08:00', to: '2099-05-05T00:00:00+08:00' }],
      workdays: [{ date: '2099-05-09T00:00:00+08:00' }],
    }
    expect(await refusal(payload.create({ collection: 'holiday-calendars', data, req: await as('officer@demo.gov.cn'), overrideAccess: false }))).toEqual([
      expect.stringMatching(/not allowed|无权|不允许/),
    ])
    expect(
      await refusal(
        payload.create({ collection: 'holiday-calendars', data: { ...data, workdays: [{ date: '2099-05-11T00:00:00+08:00' }] }, req: sysAdmin, user: sysAdmin.user, overrideAccess: false }),
      ),
    ).toEqual(['调休上班日应为周六或周日；工作日无需录入。'])
    const doc = await payload.create({ collection: 'holiday-calendars', data, req: sysAdmin, user: sysAdmin.user, overrideAccess: false })
    expect(calendarYears()).toEqual([2026, 2099])
    expect(isChinaWorkingDay(day('2099-05-04'))).toBe(false) // Monday inside the holiday
    expect(isChinaWorkingDay(day('2099-05-09'))).toBe(true) // Saturday, 调休
    expect(addChinaWorkingDays(new Date('2099-04-30T10:00:00+08:00'), 3).calendarMissingYears).toEqual([])
    await payload.delete({ collection: 'holiday-calendars', id: doc.id, req: sysAdmin, user: sysAdmin.user, overrideAccess: false })
    expect(calendarYears()).toEqual([2026])
    expect(isChinaWorkingDay(day('2099-05-04'))).toBe(true)
  })
})

describe('catalog and metadata', () => {
  it('seeds the national sections and a catalog of 4 level-one and 26 level-two items', async () => {
    const all = await payload.find({ collection: 'disclosure-categories', pagination: false, depth: 0 })
    const levelOne = all.docs.filter((c) => !c.parent && c.section === 'statutory')
    const levelTwo = all.docs.filter((c) => c.parent)
    expect(levelOne.map((c) => c.name)).toEqual(['机构信息', '政务公开', '工作动态', '公共服务'])
    expect(levelTwo).toHaveLength(26)
    expect(all.docs.filter((c) => c.section && c.section !== 'statutory').map((c) => c.name)).toEqual(['政府信息公开指南', '政府信息公开制度', '政府信息公开年报'])
    expect(levelTwo.every((c) => (c.responsibleUnits ?? []).length > 0 && (c.channels ?? []).length > 0)).toBe(true)
  })

  it('validates 发文字号 per GB/T 9704-2012 with a message naming what is wrong', async () => {
    const messages = await refusal(draftPolicy('字号错误的文件', { docNo: '榕政办[2018]026号' }))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('年份须用六角括号“〔〕”括入，不能用“[]”')
    expect(messages[0]).toContain('“026”应写作“26”')
    const ok = await draftPolicy('字号正确的文件', { docNo: '榕政办〔2018〕26号' })
    expect(ok.docNo).toBe('榕政办〔2018〕26号')
    expect(ok.indexNo ?? null).toBeNull()
  })

  it('gives seeded published documents 索引号 from the pattern and links a repealed policy to its replacement', async () => {
    const all = await payload.find({ collection: 'policies', overrideAccess: true, pagination: false, depth: 0, where: { _status: { equals: 'published' } } })
    const numbers = all.docs.map((d) => d.indexNo)
    expect(numbers.every((n) => /^11350100MB\d{7}[A-Z]\/20(25|26)-\d{5}$/.test(String(n)))).toBe(true)
    expect(new Set(numbers).size).toBe(numbers.length)
    const old = all.docs.find((d) => d.docNo === '示政规〔2025〕2号')!
    const replacement = all.docs.find((d) => d.docNo === '示政规〔2026〕5号')!
    expect(old.validity).toBe('repealed')
    expect(old.replacedBy).toBe(replacement.id)
    const withJoin = await payload.findByID({ collection: 'policies', id: replacement.id, depth: 0 })
    expect(withJoin.replaces?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).toEqual([old.id])
    expect(old.indexNo).toMatch(/^11350100MB0000001A\/2025-\d{5}$/)
  })

  it('keeps the 索引号 a client sends out of the document', async () => {
    const req = await as('officer.gov@demo.gov.cn')
    const doc = await draftPolicy('自带索引号的文件', { indexNo: 'HACK/2026-99999' })
    expect(doc.indexNo ?? null).toBeNull()
    const updated = await payload.update({ collection: 'policies', id: doc.id, draft: true, data: { indexNo: 'HACK/2026-1' } as never, req, user: req.user, overrideAccess: false })
    expect(updated.indexNo ?? null).toBeNull()
  })

  it('generates unique consecutive 索引号 under 20 concurrent final approvals', async () => {
    const prefix = `11350100MB0000001A/${new Date().getFullYear()}-`
    // Policies and interpretations of one organisation share the sequence.
    const before = [
      ...(await payload.find({ collection: 'policies', overrideAccess: true, pagination: false, where: { indexNo: { like: prefix } }, depth: 0 })).docs,
      ...(await payload.find({ collection: 'interpretations', overrideAccess: true, pagination: false, where: { indexNo: { like: prefix } }, depth: 0 })).docs,
    ]
    const highest = Math.max(0, ...before.map((d) => Number(String(d.indexNo).slice(prefix.length))))
    const runs: Run[] = []
    for (let i = 1; i <= 20; i++) {
      const doc = await draftPolicy(`并发终审文件${i}`, { docNo: `示政办〔2026〕${100 + i}号` })
      runs.push(await toFinalStage('policies', doc.id))
    }
    const results = await Promise.allSettled(runs.map((run) => finalSign(run)))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const after = await payload.find({
      collection: 'policies',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      where: { title: { like: '并发终审文件' } },
    })
    expect(after.docs.every((d) => d._status === 'published')).toBe(true)
    const serials = after.docs.map((d) => Number(String(d.indexNo).slice(prefix.length))).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => highest + 1 + i))
  })
})

describe('public read rule', () => {
  it('shows anonymous readers only published, 主动公开, non-classified documents', async () => {
    const titles = await publicTitles('policies')
    expect(titles).toContain('示范县人民政府关于印发《示范县进一步优化营商环境若干措施》的通知')
    expect(titles).not.toContain('县财政局关于做好2027年县级部门预算编制工作的通知') // 依申请公开
    expect(titles).not.toContain('县卫生健康委员会关于印发突发公共卫生事件内部处置工作规程的通知') // 不予公开
    expect(titles).not.toContain('字号正确的文件') // draft
    const staff = await payload.find({ collection: 'policies', req: await as('disclosure@demo.gov.cn'), overrideAccess: false, pagination: false, depth: 0 })
    expect(staff.docs.map((d) => d.title)).toContain('县卫生健康委员会关于印发突发公共卫生事件内部处置工作规程的通知')
    const rest = await handleEndpoints({ config: payload.config, path: '/api/policies', request: new Request('http://localhost/api/policies?limit=100&depth=0') })
    const restTitles = ((await rest.json()) as { docs: { title: string; disclosureMode: string }[] }).docs
    expect(restTitles.length).toBeGreaterThan(0)
    expect(restTitles.every((d) => d.disclosureMode === 'proactive')).toBe(true)
  })

  it('never lets a classified policy into review', async () => {
    const doc = await draftPolicy('涉密文件', { classified: true })
    expect(await refusal(submit(await as('officer.gov@demo.gov.cn'), options(), { collection: 'policies', id: doc.id }))).toEqual([
      '涉密信息不得上网发布，不能提交发布审核。',
    ])
  })
})

describe('同步公开', () => {
  let policyId: number
  let interpretationId: number
  let policyRun: Run

  beforeAll(async () => {
    const policy = await draftPolicy('示范县促进民营经济发展若干措施', { needsInterpretation: true, docNo: '示政规〔2026〕9号' })
    policyId = policy.id
    policyRun = await toFinalStage('policies', policyId)
  })

  it('refuses final approval while the policy has no interpretation', async () => {
    const messages = await refusal(finalSign(policyRun))
    expect(messages[0]).toMatch(/尚无关联的政策解读/)
    const run = await payload.findByID({ collection: 'workflow-runs', id: policyRun.id, overrideAccess: true })
    expect(run.status).toBe('in_review')
    expect(await liveStatus('policies', policyId)).toBe('draft')
  })

  it('refuses every publish path while the interpretation is not finally approved', async () => {
    interpretationId = (await draftInterpretation(policyId, '《示范县促进民营经济发展若干措施》解读')).id
    expect((await refusal(finalSign(policyRun)))[0]).toMatch(/政策解读《《示范县促进民营经济发展若干措施》解读》尚未终审通过/)
    // Local API with overrideAccess
    expect((await refusal(payload.update({ collection: 'policies', id: policyId, data: { _status: 'published' }, overrideAccess: true })))[0]).toMatch(GATE)
    // REST
    const login = await payload.login({ collection: 'users', data: { email: 'officer.gov@demo.gov.cn', password: DEMO_PASSWORD } })
    const response = await handleEndpoints({
      config: payload.config,
      path: `/api/policies/${policyId}`,
      request: new Request(`http://localhost/api/policies/${policyId}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${login.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      }),
    })
    expect(response.status).toBe(409)
    expect(JSON.stringify(await response.json())).toMatch(GATE)
    // GraphQL
    const { schema } = configToSchema(payload.config)
    const result = await graphql({
      schema,
      source: `mutation { updatePolicy(id: ${policyId}, data: { _status: published }) { id _status } }`,
      contextValue: { req: await as('officer.gov@demo.gov.cn'), headers: {} },
    })
    expect(result.errors?.[0]?.message).toMatch(GATE)
    // Scheduled publish
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'policies', value: String(policyId) } } as never })
    await payload.jobs.run()
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'schedulePublish' } }, sort: '-createdAt', limit: 1 })
    expect(JSON.stringify(jobs.docs[0].log ?? jobs.docs[0])).toMatch(GATE)
    // Emergency publish
    expect((await refusal(emergencyPublish(await as('leader@demo.gov.cn'), options(), { runId: policyRun.id, reason: '紧急' })))[0]).toMatch(GATE)
    expect(await liveStatus('policies', policyId)).toBe('draft')
    // Nor may the interpretation go live ahead of its policy.
    expect((await refusal(payload.update({ collection: 'interpretations', id: interpretationId, data: { _status: 'published' }, overrideAccess: true })))[0]).toMatch(
      /须与所解读的政策文件同时发布/,
    )
  })

  it('holds the approved interpretation back, then publishes both in the policy’s final approval', async () => {
    const interpretationRun = await toFinalStage('interpretations', interpretationId)
    const approved = await finalSign(interpretationRun)
    expect(approved.status).toBe('approved')
    expect(await liveStatus('interpretations', interpretationId)).toBe('draft')
    expect(await publicTitles('interpretations')).not.toContain('《示范县促进民营经济发展若干措施》解读')

    const done = await finalSign(policyRun)
    expect(done.status).toBe('approved')
    expect(await liveStatus('policies', policyId)).toBe('published')
    expect(await liveStatus('interpretations', interpretationId)).toBe('published')
    expect(await publicTitles('interpretations')).toContain('《示范县促进民营经济发展若干措施》解读')
    const policy = await payload.findByID({ collection: 'policies', id: policyId, depth: 0 })
    expect(policy.interpretations?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).toEqual([interpretationId])
    const interpretation = await payload.findByID({ collection: 'interpretations', id: interpretationId, depth: 0 })
    expect(interpretation.indexNo).toMatch(/^11350100MB0000001A\/\d{4}-\d{5}$/)
    expect(interpretation.indexNo).not.toBe(policy.indexNo)
    expect(interpretation.publishedAt).toBeTruthy()
    const queued = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'publishPortal' } } })
    expect(queued.totalDocs).toBeGreaterThan(0)
  })

  it('seeded the policy with its interpretation published together', async () => {
    const seeded = await payload.find({ collection: 'policies', where: { docNo: { equals: '示政规〔2026〕3号' } }, depth: 1 })
    const [policy] = seeded.docs
    expect(policy.needsInterpretation).toBe(true)
    const links = (policy.interpretations?.docs ?? []) as { title?: string; _status?: string }[]
    expect(links.map((i) => [i.title, i._status])).toEqual([['《示范县进一步优化营商环境若干措施》政策解读', 'published']])
    void govUnit
  })

  it('takes the interpretations off the portal when their policy is withdrawn (撤稿)', async () => {
    const [policy] = (await payload.find({ collection: 'policies', where: { docNo: { equals: '示政规〔2026〕3号' } }, depth: 0, overrideAccess: true })).docs
    await payload.update({ collection: 'policies', id: policy.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await publicTitles('policies')).not.toContain(policy.title)
    expect(await publicTitles('interpretations')).not.toContain('《示范县进一步优化营商环境若干措施》政策解读')
  })
})
