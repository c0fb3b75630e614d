/**
 * The submission line (政务信息报送) against Postgres: an officer's item signed by the unit head
 * reaches the county office; the office adopts, returns or forwards; forwarding keeps the origin
 * and credits every forwarding office; scores come from recorded events by the rules; journal
 * issue numbers across a year boundary and for supplements; quota and commission misses; and
 * who sees what (the access matrix).
 */
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findActiveRun, workflowOptions } from '@gov/review-workflow'

import { formatChineseDate } from '../cms/src/disclosure/format'
import { draftMonthlyBulletins } from '../cms/src/submissions/monthlyBulletins'
import { periodOf } from '../cms/src/submissions/periods'
import { computeSubmissionStats } from '../cms/src/submissions/stats'
import { publishThroughReview } from '../seed/workflow'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { restClient } from './helpers/rest'
import { lexical, reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const unit: Record<string, number> = {}
const journal: Record<string, number> = {}
let category: number

const as = (email: string) => reqFor(payload, email)
const rest = restClient(() => ctx)
const local = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false as const })

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  const units = await payload.find({ collection: 'units', pagination: false, overrideAccess: true, depth: 0 })
  for (const u of units.docs) unit[u.shortName ?? u.name] = u.id
  const journals = await payload.find({ collection: 'journals', pagination: false, overrideAccess: true, depth: 0 })
  for (const j of journals.docs) journal[j.name] = j.id
  category = (await payload.find({ collection: 'submission-categories', limit: 1, overrideAccess: true })).docs[0].id
}, 240_000)

afterAll(async () => {
  await ctx?.close()
})

async function draft(officerEmail: string, title: string, extra: Record<string, unknown> = {}) {
  const req = await as(officerEmail)
  return payload.create({
    collection: 'submissions',
    draft: true,
    ...local(req),
    data: { title, category, type: 'dynamic', urgency: 'normal', writer: '执笔人', writerPhone: '0591-88888888', body: lexical(`${title}。正文。`), ...extra } as never,
  })
}

/** Written by the officer, signed by the unit head through review: the way every item goes up. */
async function sendUp(officerEmail: string, title: string, extra: Record<string, unknown> = {}) {
  const doc = await draft(officerEmail, title, extra)
  await publishThroughReview(payload, { collection: 'submissions', id: doc.id, authorId: await userId(payload, officerEmail), opinion: '同意报送。' })
  return doc.id
}

async function receiptAt(submission: number, office: number) {
  const found = await payload.find({
    collection: 'submission-receipts',
    where: { and: [{ submission: { equals: submission } }, { office: { equals: office } }] },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
    depth: 0,
  })
  return found.docs[0]
}

async function decide(editorEmail: string, receiptId: number, data: Record<string, unknown>) {
  const req = await as(editorEmail)
  return payload.update({ collection: 'submission-receipts', id: receiptId, data: data as never, ...local(req) })
}

async function newIssue(editorEmail: string, journalId: number, issueDate = '2026-11-25T04:00:00.000Z', extra: Record<string, unknown> = {}) {
  const req = await as(editorEmail)
  return payload.create({ collection: 'journal-issues', draft: true, ...local(req), data: { journal: journalId, issueDate, ...extra } as never })
}

const ids = (docs: { id: number | string }[]) => docs.map((d) => Number(d.id)).sort((a, b) => a - b)

describe('sending an item up', () => {
  it('goes to the county office only after the unit head signs, and the author cannot sign it', async () => {
    const doc = await draft('officer@demo.gov.cn', '县教育局开展秋季学校安全大检查')
    expect(await receiptAt(doc.id, unit['县政府办'])).toBeUndefined()
    const run = await import('@gov/review-workflow').then(({ submit }) =>
      as('officer@demo.gov.cn').then((req) => submit(req, workflowOptions(payload), { collection: 'submissions', id: doc.id })),
    )
    expect(run.route.map((s) => s.label)).toEqual(['单位领导签发'])
    expect(run.route[0].signers.map((s) => Number(s.id))).toEqual([await userId(payload, 'head@demo.gov.cn')])
    const { sign } = await import('@gov/review-workflow')
    expect((await refusal(sign(await as('officer@demo.gov.cn'), workflowOptions(payload), { runId: run.id, decision: 'approve' })))[0]).toMatch(/作者不能审核/)
    await sign(await as('head@demo.gov.cn'), workflowOptions(payload), { runId: run.id, decision: 'approve', opinion: '同意报送。', checklist: { 真实性: true, 准确性: true, 时效性: true, 是否涉密: true } })
    expect(await findActiveRun(await as('head@demo.gov.cn'), workflowOptions(payload), 'submissions', String(doc.id))).toBeNull()

    const receipt = await receiptAt(doc.id, unit['县政府办'])
    expect(receipt).toMatchObject({ status: 'pending', officeLevel: 'county', originUnit: unit['教育局'], fromUnit: unit['教育局'] })
    const sent = await payload.findByID({ collection: 'submissions', id: doc.id, overrideAccess: true, depth: 0 })
    expect(sent.lineStatus).toBe('sent')
    expect(sent.receivedBy).toEqual([unit['县政府办']])
  })

  it('requires the four parts of a research item and names the missing ones', async () => {
    const messages = await refusal(draft('officer@demo.gov.cn', '关于校外培训治理的调研', { type: 'research', body: undefined, research: { situation: '情况……', problems: '问题……' } }))
    expect(messages.join()).toMatch(/“分析”“建议”/)
    const ok = await draft('officer@demo.gov.cn', '关于校外培训治理的调研', {
      type: 'research',
      body: undefined,
      research: { situation: '情况……', problems: '问题……', analysis: '分析……', suggestions: '建议……' },
    })
    expect(ok.id).toBeTruthy()
  })

  it('keeps what was sent unchanged, until the office returns it; then a revised version goes up again', async () => {
    const id = await sendUp('officer@demo.gov.cn', '县教育局举办教师技能大赛')
    const officer = await as('officer@demo.gov.cn')
    expect((await refusal(payload.update({ collection: 'submissions', id, data: { title: '改过的标题' }, draft: true, ...local(officer) })))[0]).toMatch(/已报送/)
    const { submit } = await import('@gov/review-workflow')
    expect((await refusal(submit(officer, workflowOptions(payload), { collection: 'submissions', id })))[0]).toBe('该信息已报送，不能重复提交；被退稿后可修改重新提交。')

    const receipt = await receiptAt(id, unit['县政府办'])
    // A blank reason is no return.
    expect((await decide('editor@demo.gov.cn', receipt.id, { returnReason: '   ' })).status).toBe('pending')
    await decide('editor@demo.gov.cn', receipt.id, { returnReason: '内容偏重活动过程，请补充成效数据。' })
    const returned = await payload.findByID({ collection: 'submissions', id, overrideAccess: true, depth: 0 })
    expect(returned).toMatchObject({ lineStatus: 'returned', returnReason: '内容偏重活动过程，请补充成效数据。' })
    const noticesOf = async (email: string, title: string) =>
      (await payload.find({ collection: 'workflow-notifications', where: { and: [{ recipient: { equals: await userId(payload, email) } }, { title: { equals: title } }] }, overrideAccess: true })).docs
    expect(await noticesOf('editor@demo.gov.cn', '收到报送：《县教育局举办教师技能大赛》')).toHaveLength(1)
    expect((await noticesOf('officer@demo.gov.cn', '信息被退稿：《县教育局举办教师技能大赛》'))[0]?.message).toBe('退稿理由：内容偏重活动过程，请补充成效数据。')
    expect(await noticesOf('officer.health@demo.gov.cn', '信息被退稿：《县教育局举办教师技能大赛》')).toHaveLength(0)
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { forward: true })))[0]).toMatch(/已退稿/)

    await payload.update({ collection: 'submissions', id, data: { title: '县教育局教师技能大赛参赛率达95%' }, draft: true, ...local(officer) })
    await publishThroughReview(payload, { collection: 'submissions', id, authorId: await userId(payload, 'officer@demo.gov.cn') })
    const resent = await receiptAt(id, unit['县政府办'])
    expect(resent.id).not.toBe(receipt.id)
    expect(resent).toMatchObject({ status: 'pending', title: '县教育局教师技能大赛参赛率达95%' })
  })
})

describe('what an office decides', () => {
  it('adopts into an unsigned issue of its own journal only, once, and the item joins the issue', async () => {
    const id = await sendUp('officer.agriculture@demo.gov.cn', '县农业农村局完成秋粮收购')
    const receipt = await receiptAt(id, unit['县政府办'])
    const cityIssue = await newIssue('editor.city@demo.gov.cn', journal['示范政务信息'])
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { adoptionMode: 'full' })))[0]).toMatch(/刊期/)
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { adoptionMode: 'full', adoptedIn: cityIssue.id })))[0]).toMatch(/本机构/)
    expect((await refusal(decide('editor.city@demo.gov.cn', receipt.id, { adoptionMode: 'full', adoptedIn: cityIssue.id })))[0]).toMatch(/无权|not allowed|not found|找不到/i)

    const issue = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    const adopted = await decide('editor@demo.gov.cn', receipt.id, { adoptionMode: 'summary', adoptedIn: issue.id })
    expect(adopted.status).toBe('adopted')
    expect(adopted.handledBy).toBeTruthy()
    const withItem = await payload.findByID({ collection: 'journal-issues', id: issue.id, draft: true, overrideAccess: true, depth: 0 })
    expect(withItem.items?.map((i) => [i.heading, i.mode, i.sourceUnit, i.sources])).toEqual([['县农业农村局完成秋粮收购', 'summary', '农业农村局', [id]]])

    const otherIssue = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { adoptionMode: 'full', adoptedIn: otherIssue.id })))[0]).toMatch(/采用已登记/)
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { returnReason: '重复' })))[0]).toMatch(/不能退稿/)
    const sub = await payload.findByID({ collection: 'submissions', id, overrideAccess: true, depth: 0 })
    expect(sub.lineStatus).toBe('adopted')
  })

  it('forwards up the chain with the origin kept, and credits the origin and every forwarding office', async () => {
    const id = await sendUp('officer@demo.gov.cn', '县教育局探索“县管校聘”改革')
    const county = await receiptAt(id, unit['县政府办'])
    const kuaixun = await newIssue('editor@demo.gov.cn', journal['政务快讯'])
    await decide('editor@demo.gov.cn', county.id, { adoptionMode: 'full', adoptedIn: kuaixun.id, forward: true })
    expect((await payload.findByID({ collection: 'submission-receipts', id: county.id, overrideAccess: true })).status).toBe('adoptedForwarded')

    const city = await receiptAt(id, unit['市政府办'])
    expect(city).toMatchObject({ officeLevel: 'city', originUnit: unit['教育局'], fromUnit: unit['县政府办'], forwarders: [unit['县政府办']], previous: county.id })
    await decide('editor.city@demo.gov.cn', city.id, { forward: true })
    const province = await receiptAt(id, unit['省政府办公厅'])
    expect(province).toMatchObject({ officeLevel: 'province', originUnit: unit['教育局'], forwarders: [unit['县政府办'], unit['市政府办']] })

    const provinceReq = await as('editor.province@demo.gov.cn')
    const provincial = await payload.create({ collection: 'journals', ...local(provinceReq), data: { name: '示范省政务信息', kind: 'xinxi', classification: 'internal' } as never })
    const provinceIssue = await newIssue('editor.province@demo.gov.cn', provincial.id)
    await decide('editor.province@demo.gov.cn', province.id, { adoptionMode: 'combined', adoptedIn: provinceIssue.id })

    const eventsOf = async () =>
      (await payload.find({ collection: 'submission-events', where: { submission: { equals: id } }, sort: 'occurredAt', overrideAccess: true, depth: 0, pagination: false })).docs.map((e) => [e.type, e.officeLevel])
    // Adopted into issues not yet signed: no adoption counts yet.
    expect(await eventsOf()).toEqual([
      ['received', 'county'],
      ['received', 'city'],
      ['received', 'province'],
    ])
    // The county's issue is signed: its adoption counts from then. The province's issue is deleted unsigned: never.
    await publishThroughReview(payload, { collection: 'journal-issues', id: kuaixun.id, authorId: await userId(payload, 'editor@demo.gov.cn') })
    await payload.delete({ collection: 'journal-issues', id: provinceIssue.id, ...local(provinceReq) })
    expect(await eventsOf()).toEqual([
      ['received', 'county'],
      ['received', 'city'],
      ['received', 'province'],
      ['adopted', 'county'],
    ])

    // Scores under the county rule: 政务快讯 5 (origin only: nothing forwarded yet), 报送省政府办公厅 5 to all three.
    const period = periodOf('year', 2026)
    const countyStats = await computeSubmissionStats(await as('editor@demo.gov.cn'), { office: unit['县政府办'], ...period })
    const cityStats = await computeSubmissionStats(await as('editor.city@demo.gov.cn'), { office: unit['市政府办'], ...period })
    const scoreOf = (stats: typeof countyStats, name: string) => stats.rows.find((r) => r.name === name)?.score
    const eduBefore = 5 + 5 // the seed's adoption in 政务快讯, and this one
    expect(scoreOf(countyStats, '教育局')).toBe(eduBefore + 5)
    expect(scoreOf(cityStats, '县政府办')).toBe(5)
    expect(cityStats.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['县政府', '县政府办']))
    expect(countyStats.rows.find((r) => r.name === '教育局')?.rank).toBe(1)
  })

  it('records a leader instruction as points and owes feedback from the unit, by a deadline', async () => {
    const id = await sendUp('officer.health@demo.gov.cn', '县卫健委推进家庭医生签约服务')
    const county = await receiptAt(id, unit['县政府办'])
    await decide('editor@demo.gov.cn', county.id, { forward: true })
    const cityEditor = await as('editor.city@demo.gov.cn')
    const instruction = await payload.create({
      collection: 'instructions',
      ...local(cityEditor),
      data: { submission: id, leaderName: '市长', leaderLevel: 'cityMain', instructedAt: '2026-11-26T02:00:00.000Z', text: '请卫健部门总结推广。' } as never,
      depth: 0,
    })
    expect(instruction.originUnit).toBe(unit['卫健委'])
    expect(instruction.feedbackDue).toBeTruthy()
    expect(instruction.feedbackStatus).toBe('待反馈')

    // Only the unit that owes it writes the feedback; another unit does not even see it.
    const officerEdu = await as('officer@demo.gov.cn')
    expect((await payload.find({ collection: 'instructions', where: { id: { equals: instruction.id } }, ...local(officerEdu) })).totalDocs).toBe(0)
    const officerHealth = await as('officer.health@demo.gov.cn')
    const fed = await payload.update({ collection: 'instructions', id: instruction.id, data: { feedback: '已在全县推广，签约率提升至62%。', text: '改批示' } as never, depth: 0, ...local(officerHealth) })
    expect(fed).toMatchObject({ feedback: '已在全县推广，签约率提升至62%。', text: '请卫健部门总结推广。', feedbackStatus: '已反馈' })

    const stats = await computeSubmissionStats(cityEditor, { office: unit['市政府办'], ...periodOf('year', 2026) })
    const countyOffice = stats.rows.find((r) => r.name === '县政府办')!
    expect(countyOffice.instructions).toBe(1)
    const healthRow = (await computeSubmissionStats(await as('editor@demo.gov.cn'), { office: unit['县政府办'], ...periodOf('year', 2026) })).rows.find((r) => r.name === '卫健委')!
    expect(healthRow.score).toBe(30)
    expect(healthRow.instructions).toBe(1)

    // The level was recorded wrongly: corrected by the city office, the instruction is scored again (no rule for other city leaders: 0).
    await payload.update({ collection: 'instructions', id: instruction.id, data: { leaderName: '副市长', leaderLevel: 'city' } as never, depth: 0, ...local(cityEditor) })
    const corrected = (await computeSubmissionStats(await as('editor@demo.gov.cn'), { office: unit['县政府办'], ...periodOf('year', 2026) })).rows.find((r) => r.name === '卫健委')!
    expect(corrected.score).toBe(0)
    expect(corrected.instructions).toBe(1)
  })

  it('refuses score events typed in by anyone', async () => {
    const editor = await as('editor@demo.gov.cn')
    expect((await refusal(payload.create({ collection: 'submission-events', ...local(editor), data: { type: 'adopted', submission: 1, originUnit: unit['教育局'], occurredAt: new Date().toISOString() } as never })))[0]).toMatch(/无权|not allowed/i)
  })
})

describe('deciding on a receipt (POST /api/submission-receipts/:id/decision)', () => {
  const decision = (receipt: number, body: unknown, email?: string) => rest.post(`/api/submission-receipts/${receipt}/decision`, body, email)

  it('is for the receiving office’s 信息编辑 only, and says what is missing', async () => {
    const receipt = await receiptAt(await sendUp('officer@demo.gov.cn', '县教育局开展冬季学生体质监测'), unit['县政府办'])
    const refused = async (body: unknown, email: string | undefined, status: number) => {
      const response = await decision(receipt.id, body, email)
      expect(response.status).toBe(status)
      return rest.errorOf(response)
    }
    expect(await refused({ action: 'forward' }, undefined, 401)).toBe('请先登录。')
    expect(await refused({ action: 'forward' }, 'officer@demo.gov.cn', 403)).toBe('只有接收机构的信息编辑可以处理。') // reads it (own item), may not decide
    expect(await refused({ action: 'forward' }, 'editor.city@demo.gov.cn', 404)).toBe('收报记录不存在或无权查看。')
    expect(await refused({ action: 'publish' }, 'editor@demo.gov.cn', 400)).toBe('处理方式应为采用、转报或退稿。')
    expect(await refused({ action: 'return', returnReason: '  ' }, 'editor@demo.gov.cn', 400)).toBe('请填写退稿理由，报送单位会看到它。')
    expect(await refused({ action: 'adopt', adoptionMode: 'full' }, 'editor@demo.gov.cn', 400)).toBe('请选择采用的刊期。')
    expect(await refused({ action: 'adopt', adoptedIn: 1 }, 'editor@demo.gov.cn', 400)).toBe('请选择采用方式（全文、摘要或综合）。')
    expect((await receiptAt(receipt.submission as number, unit['县政府办'])).status).toBe('pending')
  })

  it('adopts and forwards in one action; then neither the adoption nor a return is possible', async () => {
    const id = await sendUp('officer@demo.gov.cn', '县教育局推进义务教育优质均衡发展')
    const receipt = await receiptAt(id, unit['县政府办'])
    const issue = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    const response = await decision(receipt.id, { action: 'adopt', adoptionMode: 'summary', adoptedIn: issue.id, alsoForward: true }, 'editor@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { doc: { status: string } }).doc.status).toBe('adoptedForwarded')
    expect(await receiptAt(id, unit['市政府办'])).toMatchObject({ status: 'pending', originUnit: unit['教育局'], fromUnit: unit['县政府办'] })

    const again = await decision(receipt.id, { action: 'adopt', adoptionMode: 'full', adoptedIn: issue.id }, 'editor@demo.gov.cn')
    expect([again.status, await rest.errorOf(again)]).toEqual([409, '采用已登记，不能修改；如需更正，请联系系统管理员。'])
    const back = await decision(receipt.id, { action: 'return', returnReason: '不符合要求。' }, 'editor@demo.gov.cn')
    expect([back.status, await rest.errorOf(back)]).toEqual([409, '已采用或转报的信息不能退稿。'])
  })

  it('returns with the reason the unit reads', async () => {
    const id = await sendUp('officer@demo.gov.cn', '县教育局召开工作例会')
    const receipt = await receiptAt(id, unit['县政府办'])
    const response = await decision(receipt.id, { action: 'return', returnReason: '例行会议，信息价值不高。' }, 'editor@demo.gov.cn')
    expect(response.status).toBe(200)
    const item = await payload.findByID({ collection: 'submissions', id, overrideAccess: true, depth: 0 })
    expect([item.lineStatus, item.returnReason]).toEqual(['returned', '例行会议，信息价值不高。'])
  })
})

describe('journal issue numbers', () => {
  it('number yearly with a running total across the year boundary, supplements on their own', async () => {
    const editor = await as('editor@demo.gov.cn')
    const j = await payload.create({ collection: 'journals', ...local(editor), data: { name: '县政府信息', kind: 'xinxi', classification: 'internal', totalBase: 344 } as never })
    const titles: string[] = []
    for (const [date, supplement] of [
      ['2026-12-30T02:00:00.000Z', false],
      ['2026-12-31T02:00:00.000Z', false],
      ['2026-12-31T03:00:00.000Z', true],
      ['2026-12-31T16:30:00.000Z', false], // 1 January 2027, 00:30 in China
      ['2027-01-05T02:00:00.000Z', true],
    ] as const) {
      titles.push((await newIssue('editor@demo.gov.cn', j.id, date, { supplement })).title!)
    }
    expect(titles).toEqual([
      '《县政府信息》2026年第1期（总第345期）',
      '《县政府信息》2026年第2期（总第346期）',
      '《县政府信息》2026年增刊第1期',
      '《县政府信息》2027年第1期（总第347期）',
      '《县政府信息》2027年增刊第1期',
    ])
  })

  it('never gives two concurrent issues the same number', async () => {
    const editor = await as('editor@demo.gov.cn')
    const j = await payload.create({ collection: 'journals', ...local(editor), data: { name: '并发测试', kind: 'other', classification: 'internal' } as never })
    const issues = await Promise.all(Array.from({ length: 6 }, () => newIssue('editor@demo.gov.cn', j.id)))
    expect(issues.map((i) => i.number).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6])
    expect(new Set(issues.map((i) => i.total)).size).toBe(6)
  })

  it('stamps the leader sign-off date and signer on the masthead', async () => {
    const issue = await newIssue('editor@demo.gov.cn', journal['政务要情'], '2026-11-26T02:00:00.000Z', { items: [{ heading: '要情', text: '正文', mode: 'full' }] })
    expect(issue.signedAt).toBeFalsy()
    await publishThroughReview(payload, { collection: 'journal-issues', id: issue.id, authorId: await userId(payload, 'editor@demo.gov.cn') })
    const signed = await payload.findByID({ collection: 'journal-issues', id: issue.id, overrideAccess: true, depth: 0 })
    expect(signed).toMatchObject({ _status: 'published', signer: '林副主任' })
    expect(Date.now() - new Date(signed.signedAt!).getTime()).toBeLessThan(60_000)
    const receipt = await receiptAt(await sendUp('officer.town@demo.gov.cn', '城关镇完成人居环境整治'), unit['县政府办'])
    expect((await refusal(decide('editor@demo.gov.cn', receipt.id, { adoptionMode: 'full', adoptedIn: issue.id })))[0]).toMatch(/已签发/)
  })
})

describe('a signed journal issue', () => {
  const editorNote = '签发时的编者按。'
  async function signedIssue() {
    const issue = await newIssue('editor@demo.gov.cn', journal['政务快讯'], new Date().toISOString(), { editorNote, items: [{ heading: '快讯', text: '签发时的正文。', mode: 'full' }] })
    await publishThroughReview(payload, { collection: 'journal-issues', id: issue.id, authorId: await userId(payload, 'editor@demo.gov.cn') })
    return issue.id
  }

  it('never changes again, not even as a new draft; the exports show what was signed', async () => {
    const id = await signedIssue()
    const versionsBefore = await payload.countVersions({ collection: 'journal-issues', where: { parent: { equals: id } }, overrideAccess: true })
    const editor = await as('editor@demo.gov.cn')
    for (const data of [{ editorNote: '签发后改写的编者按。' }, { items: [{ heading: '快讯', text: '签发后改写的正文。', mode: 'full' }] }, { classification: 'internal', public: false }, { distribution: '另加的发送范围' }]) {
      for (const draft of [true, false]) {
        const messages = await refusal(payload.update({ collection: 'journal-issues', id, draft, data: data as never, ...local(editor) }))
        expect(messages[0], JSON.stringify(data)).toContain('已签发印发')
      }
    }
    expect((await payload.countVersions({ collection: 'journal-issues', where: { parent: { equals: id } }, overrideAccess: true })).totalDocs).toBe(versionsBefore.totalDocs)
    const latest = await payload.findByID({ collection: 'journal-issues', id, draft: true, overrideAccess: true, depth: 0 })
    expect(latest.editorNote).toBe(editorNote)
    const print = await (await rest.get(`/api/journal-issues/${id}/print`, 'editor@demo.gov.cn')).text()
    expect(print).toContain(editorNote)
    expect(print).not.toContain('签发后改写')
  })

  it('may still be taken off the portal', async () => {
    const id = await signedIssue()
    const editor = await as('editor@demo.gov.cn')
    const withdrawn = await payload.update({ collection: 'journal-issues', id, data: { public: false } as never, ...local(editor) })
    expect(withdrawn.public).toBe(false)
    expect((await refusal(payload.update({ collection: 'journal-issues', id, data: { public: true } as never, ...local(editor) })))[0]).toContain('已签发印发')
  })
})

describe('a new journal issue', () => {
  it("takes the journal's default 密级 and 版记 lines unless chosen, and keeps its 编印日期 once numbered", async () => {
    const kuaixun = await newIssue('editor@demo.gov.cn', journal['政务快讯'])
    const yaoqing = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    const chosen = await newIssue('editor@demo.gov.cn', journal['政务快讯'], undefined, { classification: 'internal' })
    expect([kuaixun.classification, yaoqing.classification, chosen.classification]).toEqual(['public', 'internal', 'internal'])
    const source = await payload.findByID({ collection: 'journals', id: journal['政务快讯'], overrideAccess: true, depth: 0 })
    expect(kuaixun).toMatchObject({ reportTo: source.reportTo, copyTo: source.copyTo, distribution: source.distribution })
    expect(source.reportTo).toBeTruthy()

    const editor = await as('editor@demo.gov.cn')
    const messages = await refusal(payload.update({ collection: 'journal-issues', id: kuaixun.id, draft: true, data: { issueDate: '2025-12-30T04:00:00.000Z' } as never, ...local(editor) }))
    expect(messages[0]).toContain('编印日期随期号编定')
    const kept = await payload.findByID({ collection: 'journal-issues', id: kuaixun.id, draft: true, overrideAccess: true, depth: 0 })
    expect(kept).toMatchObject({ issueDate: kuaixun.issueDate, year: 2026 })
    // The same date sent back with other changes is no change.
    const edited = await payload.update({ collection: 'journal-issues', id: kuaixun.id, draft: true, data: { issueDate: kuaixun.issueDate, editorNote: '按语' } as never, ...local(editor) })
    expect(edited.editorNote).toBe('按语')
  })

  it('prints 报, 送 and 发 as lines of their own in the 版记', async () => {
    const issue = await newIssue('editor@demo.gov.cn', journal['政务快讯'])
    const html = await (await rest.get(`/api/journal-issues/${issue.id}/print`, 'editor@demo.gov.cn')).text()
    const lines = [...html.matchAll(/<p class="send">([^<]*)<\/p>/g)].map((m) => m[1])
    expect(lines.map((l) => l.slice(0, 2))).toEqual(['报：', '送：', '发：'])
  })
})

describe('quota and commissions', () => {
  it('counts months under quota and commissions not answered by their deadline', async () => {
    const editor = await as('editor@demo.gov.cn')
    const commission = await payload.create({
      collection: 'commissions',
      ...local(editor),
      data: { topic: '三季度经济运行情况', deadline: '2026-10-20T04:00:00.000Z', units: [unit['教育局'], unit['住建局'], unit['财政局']] } as never,
    })
    // 教育局 answered on 20 October (China time, late evening) — on time; 住建局 answered a day late; 财政局 never.
    const onTime = await sendUp('officer@demo.gov.cn', '教育系统三季度重点工作进展', { commission: commission.id })
    const late = await sendUp('officer.housing@demo.gov.cn', '住建系统三季度经济运行情况', { commission: commission.id })
    const backdate = async (submission: number, iso: string) => {
      await payload.update({ collection: 'submissions', id: submission, data: { sentAt: iso }, overrideAccess: true })
      const receipt = await receiptAt(submission, unit['县政府办'])
      await payload.update({ collection: 'submission-receipts', id: receipt.id, data: { receivedAt: iso }, overrideAccess: true })
    }
    await backdate(onTime, '2026-10-20T15:30:00.000Z')
    await backdate(late, '2026-10-21T02:00:00.000Z')

    const october = periodOf('month', 2026, 10)
    const stats = await computeSubmissionStats(editor, { office: unit['县政府办'], ...october, now: new Date('2026-11-27T00:00:00Z') })
    const row = (name: string) => stats.rows.find((r) => r.name === name)!
    expect([row('教育局').commissionsMissed, row('住建局').commissionsMissed, row('财政局').commissionsMissed]).toEqual([0, 1, 1])
    expect(row('卫健委').commissionsMissed).toBe(0) // not asked
    expect([row('教育局').quotaMissedMonths, row('住建局').quotaMissedMonths, row('财政局').quotaMissedMonths]).toEqual([0, 0, 1])
    expect(row('教育局').submitted).toBe(1)

    // A month not over yet is not counted as missed, and a deadline not reached is not a miss.
    const november = periodOf('month', 2026, 11)
    const running = await computeSubmissionStats(editor, { office: unit['县政府办'], ...november, now: new Date('2026-11-27T00:00:00Z') })
    expect(running.rows.every((r) => r.quotaMissedMonths === 0)).toBe(true)
    expect(running.months.map((m) => m.month)).toEqual(['2026-11'])
  })
})

describe('answers to a 约稿', () => {
  it('are adopted, returned and forwarded like any item (the commission still asks the submitting unit)', async () => {
    const editor = await as('editor@demo.gov.cn')
    const commission = await payload.create({
      collection: 'commissions',
      ...local(editor),
      data: { topic: '冬季安全生产情况', deadline: '2026-12-20T04:00:00.000Z', units: [unit['教育局'], unit['农业农村局'], unit['财政局']] } as never,
    })
    const adoptedId = await sendUp('officer@demo.gov.cn', '县教育局冬季校园安全检查情况', { commission: commission.id })
    const issue = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    const adopted = await decide('editor@demo.gov.cn', (await receiptAt(adoptedId, unit['县政府办'])).id, { adoptionMode: 'full', adoptedIn: issue.id })
    expect(adopted.status).toBe('adopted')
    const answer = await payload.findByID({ collection: 'submissions', id: adoptedId, overrideAccess: true, depth: 0 })
    expect([answer.lineStatus, answer.commission]).toEqual(['adopted', commission.id])

    const returnedId = await sendUp('officer.agriculture@demo.gov.cn', '县农业农村局冬季安全生产情况', { commission: commission.id })
    const returned = await decide('editor@demo.gov.cn', (await receiptAt(returnedId, unit['县政府办'])).id, { returnReason: '内容与约稿主题不符。' })
    expect(returned.status).toBe('returned')

    const forwardedId = await sendUp('officer.finance@demo.gov.cn', '县财政局冬季安全生产资金保障情况', { commission: commission.id })
    const kuaixun = await newIssue('editor@demo.gov.cn', journal['政务快讯'])
    const forwarded = await decide('editor@demo.gov.cn', (await receiptAt(forwardedId, unit['县政府办'])).id, { adoptionMode: 'full', adoptedIn: kuaixun.id, forward: true })
    expect(forwarded.status).toBe('adoptedForwarded')
  })

  it('still offers an officer only the commissions asking their own unit', async () => {
    const editor = await as('editor@demo.gov.cn')
    const elsewhere = await payload.create({
      collection: 'commissions',
      ...local(editor),
      data: { topic: '医疗卫生服务情况', deadline: '2026-12-20T04:00:00.000Z', units: [unit['卫健委']] } as never,
    })
    const messages = await refusal(sendUp('officer@demo.gov.cn', '县教育局答卫健约稿', { commission: elsewhere.id }))
    expect(messages.join('；')).toMatch(/无效的选择/)
  })
})

describe('notices to the units', () => {
  /** The notices in the bell of every officer and unit head of a unit, with the given title. */
  async function noticesOf(unitName: string, title: string) {
    const people = await payload.find({
      collection: 'users',
      where: { and: [{ unit: { equals: unit[unitName] } }, { roles: { in: ['officer', 'unitHead'] } }] },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    const found = await payload.find({
      collection: 'workflow-notifications',
      where: { and: [{ recipient: { in: people.docs.map((p) => p.id) } }, { title: { equals: title } }] },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    return { people: ids(people.docs), recipients: found.docs.map((n) => Number(typeof n.recipient === 'object' ? n.recipient.id : n.recipient)).sort((a, b) => a - b), notices: found.docs }
  }

  it('tell every officer and head of a unit asked by a new 约稿, and a unit added later then', async () => {
    const editor = await as('editor@demo.gov.cn')
    const commission = await payload.create({
      collection: 'commissions',
      ...local(editor),
      data: { topic: '年终岁末民生保障情况', deadline: '2026-12-25T04:00:00.000Z', requirements: '突出数据，800字以内。', units: [unit['教育局'], unit['卫健委']] } as never,
    })
    const title = '约稿：年终岁末民生保障情况'
    const education = await noticesOf('教育局', title)
    expect(education.people.length).toBeGreaterThanOrEqual(2)
    expect(education.recipients).toEqual(education.people)
    expect(education.notices[0]).toMatchObject({ kind: 'assigned', read: false, link: `/admin/collections/commissions/${commission.id}` })
    expect(education.notices[0].message).toBe('请于2026年12月25日前报送。约稿要求：突出数据，800字以内。')
    expect((await noticesOf('卫健委', title)).recipients).toEqual((await noticesOf('卫健委', title)).people)
    expect((await noticesOf('财政局', title)).recipients).toEqual([])

    await payload.update({ collection: 'commissions', id: commission.id, data: { units: [unit['教育局'], unit['卫健委'], unit['财政局']] } as never, ...local(editor) })
    const finance = await noticesOf('财政局', title)
    expect(finance.recipients).toEqual(finance.people)
    expect((await noticesOf('教育局', title)).recipients).toEqual(education.people) // not told twice
  })

  it('tell the unit of a new 批示; feedback after its deadline stays marked and counted as late', async () => {
    const id = await sendUp('officer@demo.gov.cn', '县教育局推进课后服务全覆盖')
    const editor = await as('editor@demo.gov.cn')
    const instruction = await payload.create({
      collection: 'instructions',
      ...local(editor),
      data: { submission: id, leaderName: '县长', leaderLevel: 'countyMain', instructedAt: '2026-10-09T02:00:00.000Z', text: '请教育部门抓好落实。' } as never,
      depth: 0,
    })
    const told = await noticesOf('教育局', '领导批示：县长：请教育部门抓好落实。')
    expect(told.recipients).toEqual(told.people)
    expect(told.notices[0].message).toBe(`请于${formatChineseDate(instruction.feedbackDue)}前反馈落实情况。`)
    expect(instruction.feedbackStatus).toBe('逾期未反馈')

    const before = (await computeSubmissionStats(editor, { office: unit['县政府办'], ...periodOf('year', 2026) })).rows.find((r) => r.name === '教育局')!
    const fed = await payload.update({ collection: 'instructions', id: instruction.id, data: { feedback: '已实现全县中小学课后服务全覆盖。' } as never, depth: 0, ...local(await as('officer@demo.gov.cn')) })
    expect(fed.feedbackStatus).toBe('逾期反馈')
    const after = (await computeSubmissionStats(editor, { office: unit['县政府办'], ...periodOf('year', 2026) })).rows.find((r) => r.name === '教育局')!
    expect(after.feedbackOverdue).toBe(before.feedbackOverdue) // late before, still late once fed back
    expect(after.feedbackOverdue).toBeGreaterThanOrEqual(1)
  })
})

describe('bulletins', () => {
  it('are drafted for last month on the first of the month, once, for offices with an editor', async () => {
    const req = await as('editor@demo.gov.cn')
    const firstOfDecember = new Date('2026-12-01T01:00:00.000Z')
    expect(await draftMonthlyBulletins(req, firstOfDecember)).toBe(3) // county, city and province offices; the State Council office has no editor here
    expect(await draftMonthlyBulletins(req, firstOfDecember)).toBe(0)
    const county = (await payload.find({ collection: 'bulletins', where: { office: { equals: unit['县政府办'] } }, draft: true, ...local(req) })).docs
    expect(county).toHaveLength(1)
    expect(county[0]).toMatchObject({ title: '县政府办公室关于2026年11月政务信息报送采用情况的通报', periodType: 'month', year: 2026, period: 11, _status: 'draft' })
    const rows = county[0].rows as { unit: string; score: number; rank: number }[]
    expect(rows.find((r) => r.unit === '教育局')).toMatchObject({ rank: 1 })
    expect(String(county[0].intro)).toMatch(/^2026年11月，各单位共报送政务信息\d+条，被采用\d+条。/)
    // Another office's draft is not the county editor's to see.
    expect((await payload.find({ collection: 'bulletins', where: { office: { equals: unit['市政府办'] } }, draft: true, ...local(req) })).totalDocs).toBe(0)
    // January drafts December of the year before.
    await draftMonthlyBulletins(req, new Date('2027-01-01T01:00:00.000Z'))
    const december = await payload.find({ collection: 'bulletins', where: { and: [{ office: { equals: unit['县政府办'] } }, { period: { equals: 12 } }] }, draft: true, overrideAccess: true })
    expect(december.docs.map((b) => b.year)).toEqual([2026])
  })
})

describe('who sees what', () => {
  type Probe = { user: string | null; collection: 'submissions' | 'submission-receipts' | 'journal-issues'; title: string; visible: boolean }

  it('follows the matrix: own unit, offices the item reached, never another branch\'s drafts', async () => {
    // From the seed: 课后服务 (教育局, adopted at county), 森林防火 (城关镇, waiting at county), 基层医疗调研 (卫健委, forwarded to the city), 高标准农田 (农业农村局, draft).
    const probes: Probe[] = [
      { user: 'officer@demo.gov.cn', collection: 'submissions', title: '县教育局“课后服务+”实现义务教育学校全覆盖', visible: true },
      { user: 'head@demo.gov.cn', collection: 'submissions', title: '县教育局“课后服务+”实现义务教育学校全覆盖', visible: true },
      { user: 'officer.health@demo.gov.cn', collection: 'submissions', title: '县教育局“课后服务+”实现义务教育学校全覆盖', visible: false },
      { user: 'officer.agriculture@demo.gov.cn', collection: 'submissions', title: '县农业农村局推进高标准农田建设', visible: true },
      { user: 'editor@demo.gov.cn', collection: 'submissions', title: '县农业农村局推进高标准农田建设', visible: false },
      { user: 'officer@demo.gov.cn', collection: 'submissions', title: '县农业农村局推进高标准农田建设', visible: false },
      { user: 'head.office@demo.gov.cn', collection: 'submissions', title: '县农业农村局推进高标准农田建设', visible: false },
      { user: 'editor@demo.gov.cn', collection: 'submissions', title: '城关镇多措并举做好秋冬季森林防火工作', visible: true },
      { user: 'editor.city@demo.gov.cn', collection: 'submissions', title: '城关镇多措并举做好秋冬季森林防火工作', visible: false },
      { user: 'editor.city@demo.gov.cn', collection: 'submissions', title: '关于我县基层医疗卫生服务能力的调研', visible: true },
      { user: 'editor.province@demo.gov.cn', collection: 'submissions', title: '关于我县基层医疗卫生服务能力的调研', visible: false },
      { user: null, collection: 'submissions', title: '县教育局“课后服务+”实现义务教育学校全覆盖', visible: false },
      { user: 'officer.health@demo.gov.cn', collection: 'submission-receipts', title: '关于我县基层医疗卫生服务能力的调研', visible: true },
      { user: 'officer@demo.gov.cn', collection: 'submission-receipts', title: '关于我县基层医疗卫生服务能力的调研', visible: false },
      { user: 'editor.province@demo.gov.cn', collection: 'submission-receipts', title: '城关镇多措并举做好秋冬季森林防火工作', visible: false },
      { user: null, collection: 'journal-issues', title: '《政务快讯》2026年第1期（总第121期）', visible: true },
      { user: 'editor.city@demo.gov.cn', collection: 'journal-issues', title: '《政务快讯》2026年第1期（总第121期）', visible: true },
    ]
    const seen: boolean[] = []
    for (const probe of probes) {
      const req = probe.user ? await as(probe.user) : undefined
      const found = await payload
        .find({
          collection: probe.collection,
          where: { title: { equals: probe.title } },
          draft: true,
          depth: 0,
          overrideAccess: false,
          ...(req ? { req, user: req.user } : {}),
        })
        .catch((error: Error) => {
          if (/无权/.test(error.message)) return { totalDocs: 0 } // no read access at all (anonymous)
          throw error
        })
      seen.push(found.totalDocs > 0)
    }
    expect(seen).toEqual(probes.map((p) => p.visible))

    // An internal issue in draft is the office's alone.
    const draftIssue = await newIssue('editor@demo.gov.cn', journal['政务要情'])
    const cityView = await payload.find({ collection: 'journal-issues', where: { id: { equals: draftIssue.id } }, draft: true, ...local(await as('editor.city@demo.gov.cn')) })
    const anonymous = await payload.find({ collection: 'journal-issues', where: { id: { equals: draftIssue.id } }, draft: true, overrideAccess: false })
    const leaderView = await payload.find({ collection: 'journal-issues', where: { id: { equals: draftIssue.id } }, draft: true, ...local(await as('deputy.office@demo.gov.cn')) })
    expect([cityView.totalDocs, anonymous.totalDocs, leaderView.totalDocs]).toEqual([0, 0, 1])
  })

  it('lets only the office decide on what reached it', async () => {
    const id = await sendUp('officer.finance@demo.gov.cn', '县财政局直达资金监控')
    const receipt = await receiptAt(id, unit['县政府办'])
    for (const email of ['officer.finance@demo.gov.cn', 'head.finance@demo.gov.cn', 'editor.city@demo.gov.cn']) {
      expect((await refusal(decide(email, receipt.id, { forward: true })))[0]).toMatch(/无权|not allowed|not found|找不到/i)
    }
    const untouched = await payload.findByID({ collection: 'submission-receipts', id: receipt.id, overrideAccess: true })
    expect(untouched.status).toBe('pending')
  })
})

describe('每个信息工作机构的考核设置', () => {
  it('scores by the office’s own rules, changed only by its own editors; the defaults by the system administrator', async () => {
    const cityEditor = await as('editor.city@demo.gov.cn')
    const countyEditor = await as('editor@demo.gov.cn')
    const period = periodOf('year', 2026)
    // An item forwarded county → city → province: 报送省政府办公厅 credits the county office too.
    const id = await sendUp('officer.town@demo.gov.cn', '城关镇推行“街长制”')
    await decide('editor@demo.gov.cn', (await receiptAt(id, unit['县政府办'])).id, { forward: true })
    await decide('editor.city@demo.gov.cn', (await receiptAt(id, unit['市政府办'])).id, { forward: true })
    const toProvince = await payload.count({
      collection: 'submission-events',
      where: { and: [{ type: { equals: 'received' } }, { officeLevel: { equals: 'province' } }, { forwarders: { contains: unit['县政府办'] } }] },
      overrideAccess: true,
    })
    expect(toProvince.totalDocs).toBeGreaterThan(0)
    const countyBefore = await computeSubmissionStats(countyEditor, { office: unit['县政府办'], ...period })
    const cityBefore = await computeSubmissionStats(cityEditor, { office: unit['市政府办'], ...period })

    // The city office keeps its own set: 报送省政府办公厅 is worth 7 there.
    const defaults = await payload.findGlobal({ slug: 'submission-settings', overrideAccess: true, depth: 0 })
    const rules = (defaults.rules ?? []).map(({ id: _id, ...rule }) => (rule.label === '报送省政府办公厅' ? { ...rule, points: 7 } : rule))
    const own = await payload.create({ collection: 'office-submission-settings', data: { rules, office: unit['县政府办'] } as never, ...local(cityEditor) }).catch((e: Error) => e)
    expect(own).toBeInstanceOf(Error) // not for another office
    const citySet = await payload.create({ collection: 'office-submission-settings', data: { rules } as never, depth: 0, ...local(cityEditor) })
    expect(citySet).toMatchObject({ office: unit['市政府办'], title: '示范市人民政府办公室考核设置' })
    expect((await refusal(payload.create({ collection: 'office-submission-settings', data: { rules } as never, ...local(cityEditor) })))[0]).toContain('已有考核设置')

    const received = (stats: typeof cityBefore) => stats.rows.find((r) => r.name === '县政府办')!.score
    const cityAfter = await computeSubmissionStats(cityEditor, { office: unit['市政府办'], ...period })
    expect(received(cityAfter) - received(cityBefore)).toBe(2 * toProvince.totalDocs)
    const countyAfter = await computeSubmissionStats(countyEditor, { office: unit['县政府办'], ...period })
    expect(countyAfter.rows.map((r) => [r.name, r.score])).toEqual(countyBefore.rows.map((r) => [r.name, r.score]))

    // Nobody else changes the city's set; an office editor no longer changes the defaults.
    const hidden = await payload.find({ collection: 'office-submission-settings', where: { id: { equals: citySet.id } }, ...local(countyEditor) })
    expect(hidden.totalDocs).toBe(0)
    await expect(payload.update({ collection: 'office-submission-settings', id: citySet.id, data: { monthlyQuota: 9 } as never, ...local(countyEditor) })).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'submission-settings', data: { monthlyQuota: 9 } as never, ...local(countyEditor) })).rejects.toThrow()
    const sysadmin = await as('sysadmin@demo.gov.cn')
    await payload.updateGlobal({ slug: 'submission-settings', data: { monthlyQuota: 2 } as never, ...local(sysadmin) })
    expect((await payload.findByID({ collection: 'office-submission-settings', id: citySet.id, overrideAccess: true })).monthlyQuota).toBe(1)
  })
})
