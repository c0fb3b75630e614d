/**
 * The review engine's actions and refusals, the publish gate on every path, concurrency
 * against real PostgreSQL, and the audit chain.
 */
import type { Payload } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import pg from 'pg'
import { createRequire } from 'node:module'

import { createLocalReq, handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  delegate,
  emergencyPublish,
  myPending,
  sign,
  submit,
  remindDeadlines,
  verifyAuditChain,
  withdraw,
  workflowOptions,
  workflowState,
} from '@gov/review-workflow'

import { articles } from '../seed/data/articles'
import { DEMO_PASSWORD } from '../seed/data/users'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { draftArticle, lexical, reqFor, userId } from './helpers/workflow'

// The GraphQL schema is built by Payload with the package's CommonJS build; execute with the same one.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

let ctx: TestPayload
let payload: Payload
let yaowen: number
const options = () => workflowOptions(payload)

const draft = (title: string, extra: Record<string, unknown> = {}, author?: string) => draftArticle(payload, yaowen, title, extra, author)

const as = (email: string) => reqFor(payload, email)
const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: false }))._status

async function publicTitles(): Promise<string[]> {
  const found = await payload.find({ collection: 'articles', overrideAccess: false, pagination: false, depth: 0 })
  return found.docs.map((d) => d.title)
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('actions', () => {
  it('publishes on final approval, with optional opinions, and records who signed what', async () => {
    const doc = await draft('县教育局部署冬季校园安全工作')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(await statusOf(doc.id)).toBe('draft')
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', checklist: { 准确性: true, 是否涉密: true } })
    expect(await statusOf(doc.id)).toBe('draft')
    const done = await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', opinion: '同意发布。' })
    expect(done.status).toBe('approved')
    expect(done.signatures.map((s) => [s.signerName, s.decision, s.opinion ?? null])).toEqual([
      ['陈局长', 'approve', null],
      ['刘审核', 'approve', '同意发布。'],
    ])
    expect(done.signatures[0].checklist).toEqual({ 准确性: true, 是否涉密: true })
    expect(await statusOf(doc.id)).toBe('published')
    expect(await publicTitles()).toContain('县教育局部署冬季校园安全工作')
  })

  it('requires an opinion to reject and a reason to return; a return goes back to the author with history kept', async () => {
    const doc = await draft('关于调整学区划分的说明')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const head = await as('head@demo.gov.cn')
    expect(await refusal(sign(head, options(), { runId: run.id, decision: 'reject' }))).toEqual(['选择“不同意”时必须填写意见。'])
    expect(await refusal(sign(head, options(), { runId: run.id, decision: 'return', opinion: '  ' }))).toEqual(['退回修改时必须填写退回理由。'])
    const returned = await sign(head, options(), { runId: run.id, decision: 'return', opinion: '请补充学区调整的具体范围。' })
    expect(returned.status).toBe('returned')
    const again = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const rejected = await sign(await as('head@demo.gov.cn'), options(), { runId: again.id, decision: 'reject', opinion: '时机不成熟，暂不发布。' })
    expect(rejected.status).toBe('rejected')
    const state = await workflowState(await as('officer@demo.gov.cn'), options(), 'articles', String(doc.id))
    expect(state.history.map((r) => r.status)).toEqual(['rejected', 'returned'])
    expect(await statusOf(doc.id)).toBe('draft')
  })

  it('lets the author withdraw before any decision, and only then', async () => {
    const doc = await draft('撤回测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(await refusal(withdraw(await as('webmaster.edu@demo.gov.cn'), options(), { runId: run.id }))).toEqual(['只有提交人可以撤回。'])
    expect((await withdraw(await as('officer@demo.gov.cn'), options(), { runId: run.id })).status).toBe('withdrawn')

    const second = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: second.id, decision: 'approve' })
    expect((await refusal(withdraw(await as('officer@demo.gov.cn'), options(), { runId: second.id })))[0]).toContain('已有审核人签发意见，不能撤回')
  })

  it('records a delegated signature as acting for the delegating signer', async () => {
    const doc = await draft('委托签发测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const deputy = await userId(payload, 'webmaster.edu@demo.gov.cn')
    expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'officer@demo.gov.cn') }))).toEqual([
      '不能委托给稿件作者：作者不能审核自己的稿件。',
    ])
    // 赵子站 holds no 单位负责人 role: the county names him the head's deputy (代签人).
    await delegate(await as('head@demo.gov.cn'), { ...options(), deputies: () => [deputy] }, { runId: run.id, to: deputy, reason: '出差' })
    const signed = await sign(await as('webmaster.edu@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', opinion: '代签：同意。' })
    expect(signed.signatures[0]).toMatchObject({ signerName: '赵子站', actingForName: '陈局长' })
    expect(signed.currentStage).toBe(1)
  })

  it('lists an item in the signer’s pending reviews until it is signed', async () => {
    const doc = await draft('待办测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const head = await as('head@demo.gov.cn')
    expect((await myPending(head, options())).docs.map((d) => String(d.id))).toContain(String(run.id))
    await sign(head, options(), { runId: run.id, decision: 'approve' })
    expect((await myPending(head, options())).docs.map((d) => String(d.id))).not.toContain(String(run.id))
    expect((await myPending(await as('reviewer@demo.gov.cn'), options())).docs.map((d) => String(d.id))).toContain(String(run.id))
  })
})

describe('notifications', () => {
  const inbox = async (email: string, runId: number | string) => {
    const req = await as(email)
    const found = await payload.find({ collection: 'workflow-notifications', req, user: req.user, overrideAccess: false, where: { runId: { equals: String(runId) } }, sort: 'createdAt' })
    return found.docs.map((n) => n.kind)
  }

  it('tells signers when an item waits for them and the author how it ended; each user reads only their own', async () => {
    const doc = await draft('通知测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(await inbox('head@demo.gov.cn', run.id)).toEqual(['assigned'])
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect(await inbox('reviewer@demo.gov.cn', run.id)).toEqual(['assigned'])
    await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'return', opinion: '请补充图片说明。' })
    expect(await inbox('officer@demo.gov.cn', run.id)).toEqual(['returned'])
    expect(await inbox('officer.health@demo.gov.cn', run.id)).toEqual([])
  })

  it('mails each notice through Payload’s email adapter, except for quiet bulk work', async () => {
    const sent = vi.spyOn(payload, 'sendEmail')
    const doc = await draft('邮件通知测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(sent.mock.calls.map(([message]) => (message as { to: string }).to)).toEqual(['head@demo.gov.cn'])
    sent.mockClear()
    const quiet = await as('head@demo.gov.cn')
    quiet.context = { ...quiet.context, quietNotifications: true }
    await sign(quiet, options(), { runId: run.id, decision: 'approve' })
    expect(sent).not.toHaveBeenCalled()
    expect(await inbox('reviewer@demo.gov.cn', run.id)).toEqual(['assigned'])
    sent.mockRestore()
  })

  it('reminds the pending signers once when a stage is overdue', async () => {
    const doc = await draft('超期提醒测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const later = new Date(Date.now() + 10 * 24 * 3600_000)
    const req = await createLocalReq({}, payload)
    expect(await remindDeadlines(req, options(), later)).toBeGreaterThanOrEqual(1)
    expect(await inbox('head@demo.gov.cn', run.id)).toEqual(['assigned', 'overdue'])
    await remindDeadlines(req, options(), later)
    expect(await inbox('head@demo.gov.cn', run.id)).toEqual(['assigned', 'overdue'])
  })
})

describe('separation of duties', () => {
  it('never lets the author sign, even when the author holds a signing role', async () => {
    const doc = await draft('作者不能自审')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(run.route.flatMap((s) => s.signers.map((x) => x.name))).not.toContain('李信息')
    expect(await refusal(sign(await as('officer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))).toEqual(['作者不能审核自己的稿件。'])
  })

  it('refuses someone who is not a signer of the current stage', async () => {
    const doc = await draft('越级签发测试')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(await refusal(sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))).toEqual([
      '您不是当前环节“单位负责人审核”的签发人。',
    ])
  })

  it('lets one person sign at most one stage of a run', async () => {
    // 张副县长 may sign both 分管县领导审核 and 县领导审定; after the first, the second is someone else's.
    const doc = await draft('省领导来县督导安全生产事故处置', { involvesLeaders: 'visiting', sensitivity: 'negative' })
    let run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const signerFor: Record<string, string> = {
      单位负责人审核: 'head@demo.gov.cn',
      县政府办公室审核: 'reviewer@demo.gov.cn',
      电子政务中心主任审核: 'head.egov@demo.gov.cn',
      县政府办公室副主任审核: 'deputy.office@demo.gov.cn',
      分管县领导审核: 'leader@demo.gov.cn',
      县委宣传部审核: 'head.propaganda@demo.gov.cn',
    }
    while (run.route[run.currentStage!].label !== '县领导审定') {
      run = await sign(await as(signerFor[run.route[run.currentStage!].label]), options(), { runId: run.id, decision: 'approve' })
    }
    expect(await refusal(sign(await as('leader@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))).toEqual([
      '同一人在一个审核流程中只能签发一个环节，请委托他人签发本环节。',
    ])
    run = await sign(await as('leader2@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', opinion: '同意。' })
    expect(run.status).toBe('approved')
  })
})

describe('revision binding', () => {
  it('voids the run when the item is edited after a signature; a new submission starts over', async () => {
    const doc = await draft('修改后须重新送审')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    const author = await as('officer@demo.gov.cn')
    await payload.update({ collection: 'articles', id: doc.id, draft: true, req: author, user: author.user, overrideAccess: false, data: { title: '修改后须重新送审（已改）' } })
    const state = await workflowState(author, options(), 'articles', String(doc.id))
    expect(state.history[0].status).toBe('voided')
    expect((await refusal(sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })))[0]).toContain('审核已结束（已作废')
    const again = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(again.signatures).toEqual([])
    expect(again.revisionHash).not.toBe(run.revisionHash)
  })

  it('keeps the approved revision live while a newer draft is in review', async () => {
    const doc = await draft('已发布稿件的新草稿')
    const first = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: first.id, decision: 'approve' })
    await sign(await as('reviewer@demo.gov.cn'), options(), { runId: first.id, decision: 'approve' })
    const author = await as('officer@demo.gov.cn')
    await payload.update({ collection: 'articles', id: doc.id, draft: true, req: author, user: author.user, overrideAccess: false, data: { title: '已发布稿件的新草稿（修订）' } })
    const live = await payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: false })
    expect(live.title).toBe('已发布稿件的新草稿')
    expect(live._status).toBe('published')
  })
})

describe('publish gate', () => {
  const REFUSED = /未经(终审|审核)不得发布/

  it('refuses publishing on create and on update through the Local API, even with overrideAccess', async () => {
    await expect(
      payload.create({ collection: 'articles', overrideAccess: true, data: { title: '直接发布', column: yaowen, unit: 1, _status: 'published' } as never }),
    ).rejects.toThrow(REFUSED)
    const doc = await draft('绕过审核发布')
    await expect(payload.update({ collection: 'articles', id: doc.id, overrideAccess: true, data: { _status: 'published' } })).rejects.toThrow(REFUSED)
    expect(await statusOf(doc.id)).toBe('draft')
  })

  it('refuses changing the content of a published item without review', async () => {
    const title = articles.find((a) => a.status === 'published')!.title
    const live = (await payload.find({ collection: 'articles', where: { title: { equals: title } }, overrideAccess: true })).docs[0]
    await expect(payload.update({ collection: 'articles', id: live.id, overrideAccess: true, data: { title: '未经审核的改动' } })).rejects.toThrow(REFUSED)
    expect(await publicTitles()).toContain(title)
    expect(await publicTitles()).not.toContain('未经审核的改动')
  })

  it('refuses publishing over REST', async () => {
    const doc = await draft('通过接口发布')
    const login = await payload.login({ collection: 'users', data: { email: 'officer@demo.gov.cn', password: DEMO_PASSWORD } })
    const response = await handleEndpoints({
      config: payload.config,
      path: `/api/articles/${doc.id}`,
      request: new Request(`http://localhost/api/articles/${doc.id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${login.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      }),
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(REFUSED)
    expect(await statusOf(doc.id)).toBe('draft')
  })

  it('refuses publishing over GraphQL', async () => {
    const doc = await draft('通过GraphQL发布')
    const { schema } = configToSchema(payload.config)
    const req = await as('officer@demo.gov.cn')
    const result = await graphql({
      schema,
      source: `mutation { updateArticle(id: ${doc.id}, data: { _status: published }) { id _status } }`,
      contextValue: { req, headers: {} },
    })
    expect(result.errors?.[0]?.message).toMatch(REFUSED)
    expect(await statusOf(doc.id)).toBe('draft')
  })

  it('refuses a scheduled publish job for a revision without final approval', async () => {
    const doc = await draft('定时发布未审核稿件')
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: String(doc.id) } } as never })
    await payload.jobs.run()
    expect(await statusOf(doc.id)).toBe('draft')
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'schedulePublish' } } })
    expect(JSON.stringify(jobs.docs[0].log ?? jobs.docs[0])).toMatch(REFUSED)
  })

  it('never publishes a classified item: not by submission, not by emergency publish', async () => {
    const doc = await draft('涉密会议纪要', { classified: true })
    expect(await refusal(submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id }))).toEqual([
      '涉密信息不得上网发布，不能提交发布审核。',
    ])
    await expect(payload.update({ collection: 'articles', id: doc.id, overrideAccess: true, data: { _status: 'published' } })).rejects.toThrow('涉密信息不得发布。')
  })

  it('emergency publish: needs a reason and the right role, flags the run, and the item leaves the portal if review then fails', async () => {
    const doc = await draft('突发暴雨天气停课通知')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(await refusal(emergencyPublish(await as('leader@demo.gov.cn'), options(), { runId: run.id, reason: '' }))).toEqual(['紧急发布必须填写理由。'])
    expect(await refusal(emergencyPublish(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, reason: '紧急' }))).toEqual(['您无权紧急发布。'])
    const flagged = await emergencyPublish(await as('leader@demo.gov.cn'), options(), { runId: run.id, reason: '暴雨红色预警，须立即通知停课' })
    expect(flagged.emergency?.published).toBe(true)
    expect(new Date(flagged.emergency!.reviewDueAt!).getTime()).toBeGreaterThan(Date.now())
    expect(await statusOf(doc.id)).toBe('published')
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'reject', opinion: '停课范围有误。' })
    expect(await statusOf(doc.id)).toBe('draft')
  })
})

describe('concurrency', () => {
  it('20 parallel approvals produce exactly one transition; the others get a clear conflict', async () => {
    const officeInfo = (await payload.find({ collection: 'units', where: { name: { equals: '县政府办公室信息科' } }, overrideAccess: true })).docs[0].id
    const reviewers: number[] = []
    for (let i = 0; i < 20; i++) {
      const u = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: `parallel${i}@demo.gov.cn`, password: DEMO_PASSWORD, name: `并发审核${i}`, roles: ['reviewer'], unit: officeInfo },
      })
      reviewers.push(u.id)
    }
    await payload.create({
      collection: 'workflow-definitions',
      overrideAccess: true,
      data: {
        code: 'a-parallel',
        name: '并发测试流程',
        collection: 'articles',
        active: true,
        stages: [{ label: '信息科审核', signerType: 'users', users: reviewers, mode: 'any' }],
      } as never,
    })
    const doc = await draft('并发签发测试')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await payload.update({ collection: 'workflow-definitions', where: { code: { equals: 'a-parallel' } }, overrideAccess: true, data: { active: false } as never })

    const requests = await Promise.all(reviewers.map((id) => createLocalReq({ user: { id, collection: 'users', roles: ['reviewer'], unit: officeInfo } as never }, payload)))
    const results = await Promise.allSettled(
      requests.map((req) => sign(req, options(), { runId: run.id, decision: 'approve', expectedStage: 0 })),
    )
    const ok = results.filter((r) => r.status === 'fulfilled')
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(ok).toHaveLength(1)
    expect(failed).toHaveLength(19)
    for (const f of failed) {
      expect(f.reason.status).toBe(409)
      expect(f.reason.message).toMatch(/该环节已由他人处理|审核已结束/)
    }
    const final = await payload.findByID({ collection: 'workflow-runs', id: run.id, overrideAccess: true, depth: 0 })
    expect(final.signatures).toHaveLength(1)
    expect(final.status).toBe('approved')
    expect(await statusOf(doc.id)).toBe('published')
  })
})

describe('audit trail', () => {
  it('records every action with actor, unit, opinion, revision hash and address', async () => {
    const records = await payload.find({ collection: 'audit-log', overrideAccess: true, sort: '-seq', limit: 500, depth: 0 })
    const actions = new Set(records.docs.map((r) => r.action))
    for (const action of ['submit', 'approve', 'reject', 'return', 'withdraw', 'delegate', 'emergency', 'void', 'publish', 'file'].filter((a) => a !== 'file')) {
      expect(actions).toContain(action)
    }
    const delegated = records.docs.find((r) => r.action === 'approve' && r.actingForName === '陈局长')
    expect(delegated).toMatchObject({ actorName: '赵子站', unit: '县教育局', clientAddress: 'local' })
    expect(delegated!.revisionHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is readable by the audit administrator only, not by the system administrator', async () => {
    const auditor = await as('auditor@demo.gov.cn')
    const read = await payload.find({ collection: 'audit-log', req: auditor, user: auditor.user, overrideAccess: false, limit: 1 })
    expect(read.totalDocs).toBeGreaterThan(0)
    const sys = await as('sysadmin@demo.gov.cn')
    await expect(payload.find({ collection: 'audit-log', req: sys, user: sys.user, overrideAccess: false, limit: 1 })).rejects.toMatchObject({ status: 403 })
  })

  it('cannot be updated or deleted through any API, administrators and overrideAccess included', async () => {
    const first = (await payload.find({ collection: 'audit-log', overrideAccess: true, sort: 'seq', limit: 1 })).docs[0]
    await expect(payload.update({ collection: 'audit-log', id: first.id, overrideAccess: true, data: { opinion: '篡改' } })).rejects.toThrow('审计记录只能追加，不能修改。')
    await expect(payload.delete({ collection: 'audit-log', id: first.id, overrideAccess: true })).rejects.toThrow('审计记录不能删除。')
    const auditor = await as('auditor@demo.gov.cn')
    await expect(
      payload.update({ collection: 'audit-log', id: first.id, req: auditor, user: auditor.user, overrideAccess: false, data: { opinion: '篡改' } }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('verifies the SM3 chain and names the first record altered directly in SQL', async () => {
    expect(await verifyAuditChain(payload)).toMatchObject({ broken: null })
    const client = new pg.Client({ connectionString: ctx.databaseUrl })
    await client.connect()
    try {
      await client.query("update audit_log set opinion = '已篡改' where seq = 5")
      const result = await verifyAuditChain(payload)
      expect(result.broken).toMatchObject({ seq: 5 })
      expect(result.broken!.reason).toContain('被篡改')
      await client.query('delete from audit_log where seq = 5')
      expect((await verifyAuditChain(payload)).broken).toMatchObject({ seq: 6 })
    } finally {
      await client.end()
    }
  })
})
