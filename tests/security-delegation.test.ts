/**
 * Issue 12 §5, 委托: a stage is delegated only to an eligible colleague of the delegator's unit
 * (or a configured deputy) — never to an administrator of 三员, the item's writer (录入人) or
 * its submitter — and a delegation that slipped through earlier is refused when it signs.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { delegate, sign, submit, workflowOptions } from '@gov/review-workflow'

import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { draftArticle, lexical, reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)

/** An article written by the officer (录入人) and submitted by a colleague of the same unit. */
async function submittedByColleague(title: string, extra: Record<string, unknown> = {}) {
  const doc = await draftArticle(payload, yaowen, title, extra, 'officer@demo.gov.cn')
  const run = await submit(await as('webmaster.edu@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
  return { doc, run }
}

/** A delegation written straight onto the run, as one made before these rules would be. */
async function legacyDelegation(runId: number | string, from: string, to: string) {
  const run = await payload.findByID({ collection: 'workflow-runs', id: runId, depth: 0, overrideAccess: true })
  await payload.update({
    collection: 'workflow-runs',
    id: runId,
    overrideAccess: true,
    data: {
      delegations: [...(run.delegations ?? []), { stage: run.currentStage ?? 0, from: await userId(payload, from), to: await userId(payload, to), at: new Date().toISOString() }],
    } as never,
  })
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('delegation (委托)', () => {
  it('never delegates to an administrator of 三员, and an administrator never signs', async () => {
    const { run } = await submittedByColleague('委托三员测试稿件')
    for (const admin of ['auditor@demo.gov.cn', 'sysadmin@demo.gov.cn', 'secadmin@demo.gov.cn']) {
      expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, admin) }))).toEqual([
        '不能委托给系统管理员、安全管理员或审计管理员：三员不参与内容审核。',
      ])
    }
    await legacyDelegation(run.id, 'head@demo.gov.cn', 'auditor@demo.gov.cn')
    expect(await refusal(sign(await as('auditor@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))).toEqual([
      '系统管理员、安全管理员和审计管理员不参与内容审核。',
    ])
    const after = await payload.findByID({ collection: 'workflow-runs', id: run.id, depth: 0, overrideAccess: true })
    expect(after.signatures ?? []).toHaveLength(0)
  })

  it('never delegates to the writer (录入人) of an item a colleague submitted, nor to its submitter', async () => {
    const { run } = await submittedByColleague('委托录入人测试稿件')
    expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'officer@demo.gov.cn') }))).toEqual([
      '不能委托给稿件录入人：录入人不能审核自己录入的稿件。',
    ])
    expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'webmaster.edu@demo.gov.cn') }))).toEqual([
      '不能委托给稿件作者：作者不能审核自己的稿件。',
    ])
    // A delegation to the writer made before this rule does not let the writer approve their own text.
    await legacyDelegation(run.id, 'head@demo.gov.cn', 'officer@demo.gov.cn')
    expect(await refusal(sign(await as('officer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))).toEqual([
      '录入人不能审核自己录入的稿件，不能代为签发。',
    ])
  })

  it('delegates only to a colleague of the same unit who holds the stage’s role', async () => {
    const doc = await draftArticle(payload, yaowen, '委托范围测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    // Another unit's head holds the role but is not a colleague.
    expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'head.health@demo.gov.cn') }))).toEqual([
      '只能委托本单位的同事（或配置的代签人）签发。',
    ])
    // A colleague without the unit head's role may not sign 单位负责人审核.
    expect(await refusal(delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'webmaster.edu@demo.gov.cn') }))).toEqual([
      '被委托人不具备签发“单位负责人审核”环节的资格：只能委托本单位同一岗位的同事（或配置的代签人）。',
    ])
    const unchanged = await payload.findByID({ collection: 'workflow-runs', id: run.id, depth: 0, overrideAccess: true })
    expect(unchanged.delegations ?? []).toHaveLength(0)
  })

  it('lets a leader delegate 县领导审定 to another leader of the county government, who signs acting for them', async () => {
    const doc = await draftArticle(payload, yaowen, '重大事件委托签发测试', { sensitivity: 'major' })
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    const atLeaders = await sign(await as('head.propaganda@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect(atLeaders.route[atLeaders.currentStage!].label).toBe('县领导审定')
    expect(await refusal(delegate(await as('leader@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'officer.gov@demo.gov.cn') }))).toEqual([
      '被委托人不具备签发“县领导审定”环节的资格：只能委托本单位同一岗位的同事（或配置的代签人）。',
    ])
    await delegate(await as('leader@demo.gov.cn'), options(), { runId: run.id, to: await userId(payload, 'leader2@demo.gov.cn'), reason: '外出' })
    const done = await sign(await as('leader2@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect(done.status).toBe('approved')
    expect(done.signatures.at(-1)).toMatchObject({ signerName: '马副县长' })
  })

  it('accepts a configured deputy of another post, but the other rules still hold for deputies', async () => {
    const deputy = await userId(payload, 'webmaster.edu@demo.gov.cn')
    const auditor = await userId(payload, 'auditor@demo.gov.cn')
    const withDeputies = () => ({ ...options(), deputies: () => [deputy, auditor] })
    const doc = await draftArticle(payload, yaowen, '代签人测试稿件')
    const run = await submit(await as('officer@demo.gov.cn'), withDeputies(), { collection: 'articles', id: doc.id })
    expect(await refusal(delegate(await as('head@demo.gov.cn'), withDeputies(), { runId: run.id, to: auditor }))).toEqual([
      '不能委托给系统管理员、安全管理员或审计管理员：三员不参与内容审核。',
    ])
    await delegate(await as('head@demo.gov.cn'), withDeputies(), { runId: run.id, to: deputy, reason: '出差' })
    const signed = await sign(await as('webmaster.edu@demo.gov.cn'), withDeputies(), { runId: run.id, decision: 'approve' })
    expect(signed.signatures[0]).toMatchObject({ signerName: '赵子站', actingForName: '陈局长' })
  })

  it('never routes a stage to the item’s writer (录入人), even when the writer holds the stage’s role', async () => {
    const head = await userId(payload, 'head@demo.gov.cn')
    const officer = await as('officer@demo.gov.cn')
    const doc = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: true,
      data: { title: '局长起草、信息员提交的稿件', column: yaowen, unit: (officer.user as { unit: number }).unit, body: lexical('正文') as never, createdBy: head, _status: 'draft' } as never,
    })
    // 县教育局 has one head, who wrote the text: nobody is left to sign the unit's stage.
    expect((await refusal(submit(officer, options(), { collection: 'articles', id: doc.id })))[0]).toMatch(/没有可签发人（作者、录入人不能审核自己的稿件）/)
  })

  it('takes the deputies the security administrator recorded on the account (可委托代签人)', async () => {
    const head = await userId(payload, 'head@demo.gov.cn')
    const deputy = await userId(payload, 'webmaster.edu@demo.gov.cn')
    const recorded = async () => (await payload.findByID({ collection: 'users', id: head, depth: 0, overrideAccess: true })).deputies ?? []
    // The system administrator keeps accounts but not who may sign for whom.
    await payload.update({ collection: 'users', id: head, data: { deputies: [deputy] }, req: await as('sysadmin@demo.gov.cn'), overrideAccess: false })
    expect(await recorded()).toEqual([])
    await payload.update({ collection: 'users', id: head, data: { deputies: [deputy] }, req: await as('secadmin@demo.gov.cn'), overrideAccess: false })
    expect(await recorded()).toEqual([deputy])

    const doc = await draftArticle(payload, yaowen, '按账号设置委托代签的稿件')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await delegate(await as('head@demo.gov.cn'), options(), { runId: run.id, to: deputy, reason: '出差' })
    const signed = await sign(await as('webmaster.edu@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect(signed.signatures[0]).toMatchObject({ signerName: '赵子站', actingForName: '陈局长' })
  })
})
