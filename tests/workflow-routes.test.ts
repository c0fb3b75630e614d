/**
 * Review routes from the default definitions (the seed rules), definitions as validated data,
 * and routes frozen at submission.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions, type Run } from '@gov/review-workflow'

import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { draftArticle as draftWith, reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let educationUnit: number
let yaowen: number

const draftArticle = (title: string, extra: Record<string, unknown> = {}) => draftWith(payload, yaowen, title, extra)

async function submitAs(email: string, collection: 'articles' | 'it-projects', id: number): Promise<Run> {
  return submit(await reqFor(payload, email), workflowOptions(payload), { collection, id })
}

const labels = (run: Run) => run.route.map((s) => s.label)

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  educationUnit = (await payload.find({ collection: 'units', where: { name: { equals: '县教育局' } }, overrideAccess: true })).docs[0].id
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('default routes (seed rules)', () => {
  it('routes an ordinary item: head of the author’s unit, then the office reviewer', async () => {
    const doc = await draftArticle('县教育局召开教师队伍建设工作会议')
    const run = await submitAs('officer@demo.gov.cn', 'articles', doc.id)
    expect(labels(run)).toEqual(['单位负责人审核', '县政府办公室审核'])
    expect(run.route[0].signers.map((s) => s.name)).toEqual(['陈局长'])
    expect(run.route[1].signers.map((s) => s.name)).toEqual(['刘审核'])
    expect(run.route[0].checklist).toEqual(['准确性', '完整性', '时效性', '是否涉密'])
    expect(run.authorUnit).toBe(educationUnit)
    expect(run.pendingSigners).toEqual([await userId(payload, 'head@demo.gov.cn')])
  })

  it('adds the e-government centre director and the deputy office director for county leader activities', async () => {
    const doc = await draftArticle('副县长到县实验小学调研教育工作', { involvesLeaders: 'county' })
    const run = await submitAs('officer@demo.gov.cn', 'articles', doc.id)
    expect(labels(run)).toEqual(['单位负责人审核', '县政府办公室审核', '电子政务中心主任审核', '县政府办公室副主任审核'])
    expect(run.route[2].because).toBe('涉及领导活动 属于 县级领导活动或图片、四套班子主要领导、副厅级以上领导来访')
  })

  it('adds the office director for the four main leaders', async () => {
    const doc = await draftArticle('县委书记调研教育园区建设', { involvesLeaders: 'main4' })
    expect(labels(await submitAs('officer@demo.gov.cn', 'articles', doc.id))).toEqual([
      '单位负责人审核',
      '县政府办公室审核',
      '电子政务中心主任审核',
      '县政府办公室副主任审核',
      '县政府办公室主任审核',
    ])
  })

  it('adds the county leader in charge for visiting senior leaders', async () => {
    const doc = await draftArticle('省教育厅副厅长来县调研', { involvesLeaders: 'visiting' })
    const run = await submitAs('officer@demo.gov.cn', 'articles', doc.id)
    expect(labels(run)).toContain('分管县领导审核')
    expect(run.route.find((s) => s.label === '分管县领导审核')!.signers.map((s) => s.name).sort()).toEqual(['张副县长', '马副县长'].sort())
  })

  it('adds the propaganda department and a county leader for major and negative information', async () => {
    for (const sensitivity of ['major', 'negative']) {
      const doc = await draftArticle(`关于校园安全事件的情况通报（${sensitivity}）`, { sensitivity })
      expect(labels(await submitAs('officer@demo.gov.cn', 'articles', doc.id))).toEqual([
        '单位负责人审核',
        '县政府办公室审核',
        '县委宣传部审核',
        '县领导审定',
      ])
    }
  })
})

describe('IT project approval by amount', () => {
  async function project(name: string, amount: number) {
    const req = await reqFor(payload, 'officer.data@demo.gov.cn')
    const doc = await payload.create({
      collection: 'it-projects',
      draft: true,
      req,
      user: req.user,
      overrideAccess: false,
      data: { name, amount, _status: 'draft' } as never,
    })
    return submitAs('officer.data@demo.gov.cn', 'it-projects', doc.id)
  }

  it('files a project under 50万 without approval stages', async () => {
    const run = await project('政务外网终端更新', 499_999)
    expect(run.route).toEqual([])
    expect(run.status).toBe('approved')
  })

  it('sends 50万 and more to the data bureau, 100万 and more also to the city government', async () => {
    expect(labels(await project('数据共享交换平台升级', 500_000))).toEqual(['县政务服务数据管理局审批'])
    expect(labels(await project('一网通办平台建设', 1_000_000))).toEqual(['县政务服务数据管理局审批', '市人民政府审批'])
  })
})

describe('definitions as data', () => {
  it('refuses an unknown field or role with a Chinese message naming it', async () => {
    const sys = await reqFor(payload, 'sysadmin@demo.gov.cn')
    const messages = await refusal(
      payload.create({
        collection: 'workflow-definitions',
        req: sys,
        user: sys.user,
        overrideAccess: false,
        data: {
          code: 'bad',
          name: '错误的流程',
          collection: 'articles',
          active: false,
          stages: [
            { label: '审核', signerType: 'role', role: 'boss', mode: 'any' },
            { label: '金额审核', signerType: 'role', role: 'reviewer', mode: 'any', conditions: [{ field: 'amout', operator: 'gte', value: '1' }] },
          ],
        } as never,
      }),
    )
    expect(messages.join('\n')).toContain('第 1 个环节“审核”：角色“boss”不存在')
    expect(messages.join('\n')).toContain('第 2 个环节“金额审核”：第 1 个条件：字段“amout”不存在')
  })

  it('lets only the system administrator edit definitions', async () => {
    const officer = await reqFor(payload, 'officer@demo.gov.cn')
    await expect(
      payload.update({
        collection: 'workflow-definitions',
        where: { code: { equals: 'web-article' } },
        data: { name: '改名' } as never,
        req: officer,
        user: officer.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const definition = await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'web-article' } }, overrideAccess: true })
    expect(definition.docs[0].name).toBe('上网信息发布审核')
  })

  it('freezes the route at submission: editing the definition later does not change a run in flight', async () => {
    const doc = await draftArticle('全县中小学秋季开学工作检查情况')
    const run = await submitAs('officer@demo.gov.cn', 'articles', doc.id)
    const sys = await reqFor(payload, 'sysadmin@demo.gov.cn')
    const definition = (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'web-article' } }, overrideAccess: true })).docs[0] as never as {
      id: number
      stages: Record<string, unknown>[]
    }
    await payload.update({
      collection: 'workflow-definitions',
      id: definition.id,
      req: sys,
      user: sys.user,
      overrideAccess: false,
      data: { stages: [...definition.stages, { label: '新增的领导审定', signerType: 'role', role: 'leader', mode: 'any' }] } as never,
    })
    const options = workflowOptions(payload)
    let current = await sign(await reqFor(payload, 'head@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
    current = await sign(await reqFor(payload, 'reviewer@demo.gov.cn'), options, { runId: run.id, decision: 'approve', opinion: '同意。' })
    expect(labels(current)).toEqual(['单位负责人审核', '县政府办公室审核'])
    expect(current.status).toBe('approved')
    const later = await submitAs('officer@demo.gov.cn', 'articles', (await draftArticle('新提交的稿件使用新流程')).id)
    expect(labels(later)).toContain('新增的领导审定')
  })
})
