/**
 * 互动交流, the staff side against Postgres: the seed's messages in every state, who reads a
 * message (the office and the handling unit only, every read audited), the office's decisions
 * (受理/转办 with a due date on the China calendar, 不予受理 with a reason, one extension), and the
 * reply that reaches the citizen only through review — never with the citizen's name or mobile
 * in what the portal would publish.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emergencyPublish, sign, submit, workflowOptions } from '@gov/review-workflow'

import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const as = (email: string) => reqFor(payload, email)
const rest = restClient(() => ctx)
const options = () => workflowOptions(payload)

const OFFICE = 'interaction@demo.gov.cn'
const EDU_OFFICER = 'officer@demo.gov.cn'
const EDU_HEAD = 'head@demo.gov.cn'
const HEALTH_OFFICER = 'officer.health@demo.gov.cn'

const idOf = async (collection: 'units' | 'message-types', field: string, value: string) =>
  (await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, overrideAccess: true })).docs[0].id

async function newMessage(extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'messages',
    overrideAccess: true,
    data: {
      type: await idOf('message-types', 'code', 'consultation'),
      title: '咨询义务教育入学政策',
      content: '请问2027年秋季一年级新生入学需要准备哪些材料？',
      name: '测试市民',
      mobile: '13912345678',
      publishConsent: true,
      ...extra,
    } as never,
  })
}

const update = async (id: number, data: Record<string, unknown>, email: string, context: Record<string, unknown> = {}) => {
  const req = await as(email)
  req.context = { ...req.context, ...context }
  return payload.update({ collection: 'messages', id, data: data as never, overrideAccess: false, req })
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

describe('the seed', () => {
  it('brings messages in every state, none near the 3-month line', async () => {
    const { docs } = await payload.find({ collection: 'messages', pagination: false, overrideAccess: true, depth: 0 })
    expect(new Set(docs.map((d) => d.status))).toEqual(new Set(['received', 'refused', 'assigned', 'answered']))
    for (const doc of docs) expect(Date.now() - Date.parse(doc.receivedAt!)).toBeLessThan(30 * 86_400_000)
    const answered = docs.filter((d) => d.status === 'answered')
    expect(answered.length).toBeGreaterThanOrEqual(3)
    for (const doc of answered) expect(doc.replyText && doc.repliedAt).toBeTruthy()
    expect(docs.some((d) => d.extension?.requested && !d.extension.approved)).toBe(true)
    // The answered public replies are readable by anyone; their question carries no name or mobile.
    const published = await payload.find({ collection: 'message-replies', overrideAccess: false, user: null, pagination: false, depth: 0 })
    expect(published.docs.length).toBe(2)
    for (const reply of published.docs) {
      const message = docs.find((d) => d.id === reply.message)!
      expect(JSON.stringify(reply)).not.toContain(message.name)
      expect(JSON.stringify(reply)).not.toContain(message.mobile)
    }
  })
})

describe('who reads a message', () => {
  it('the office and the handling unit only; never the public or another unit', async () => {
    const msg = await newMessage()
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE)
    const reads = async (email?: string) => (await rest.get(`/api/messages/${msg.id}?depth=0`, email)).status
    expect(await reads(OFFICE)).toBe(200)
    expect(await reads(EDU_OFFICER)).toBe(200)
    expect(await reads(EDU_HEAD)).toBe(200)
    expect(await reads(HEALTH_OFFICER)).toBe(404)
    expect(await reads('reviewer@demo.gov.cn')).toBe(404)
    expect(await reads('sysadmin@demo.gov.cn')).toBe(403)
    expect(await reads()).toBe(403)
    const list = await (await rest.get('/api/messages?limit=0&depth=0', HEALTH_OFFICER)).json()
    expect(list.docs.map((d: { id: number }) => d.id)).not.toContain(msg.id)
  })

  it('puts every person’s read of a message on the audit chain', async () => {
    const msg = await newMessage({ title: '审计查阅测试' })
    await rest.get(`/api/messages/${msg.id}`, OFFICE)
    const records = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'personalDataRead' } }, { docCollection: { equals: 'messages' } }, { subject: { equals: msg.queryCode } }] }, overrideAccess: true })
    expect(records.totalDocs).toBe(1)
  })

  it('lets a unit neither hand on nor refuse a message, nor change what the citizen wrote', async () => {
    const msg = await newMessage()
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE)
    const after = await update(msg.id, { status: 'refused', refusalReason: 'abusive', title: '改过的标题', mobile: '13000000000' }, EDU_OFFICER)
    expect(after.status).toBe('assigned')
    expect(after.title).toBe(msg.title)
    expect(after.mobile).toBe(msg.mobile)
  })
})

describe('the office’s decisions', () => {
  it('hands a message on with a due date in working days over 国庆 and a 调休 Saturday', async () => {
    const msg = await newMessage()
    // 2026年9月30日 10:00: 10月1日–7日 off, 8日 9日, 10日 (Saturday, 调休上班), 12日, 13日 → 5 working days.
    const assigned = await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE, { now: new Date('2026-09-30T02:00:00Z') })
    expect(assigned.answerDays).toBe(5)
    expect(assigned.dueAt).toBe('2026-10-13T15:59:59.000Z')
    expect(assigned.handledAt).toBe('2026-09-30T02:00:00.000Z')
    const decisions = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'caseHandling' } }, { subject: { equals: msg.queryCode } }] }, overrideAccess: true })
    expect(decisions.docs.map((d) => d.detail)).toEqual(['受理并转办：县教育局，5个工作日内答复'])
  })

  it('grants one extension: asked by the unit with a reason, approved by the office only', async () => {
    const msg = await newMessage()
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE, { now: new Date('2026-09-30T02:00:00Z') })
    await expect(update(msg.id, { extension: { requested: true, reason: '忙' } }, EDU_OFFICER)).rejects.toThrow('不少于5个字')
    await update(msg.id, { extension: { requested: true, reason: '需要会同县卫健委联合调查。' } }, EDU_OFFICER)
    // The unit cannot approve its own request (the field is the office's).
    const self = await update(msg.id, { extension: { approved: true } }, EDU_HEAD)
    expect(self.extension?.approved).toBe(false)
    const approved = await update(msg.id, { extension: { approved: true } }, OFFICE)
    expect(approved.extension?.approved).toBe(true)
    // Five more working days after 10月13日: 14, 15, 16, 19, 20.
    expect(approved.dueAt).toBe('2026-10-20T15:59:59.000Z')
    await expect(update(msg.id, { extension: { approved: false } }, OFFICE)).rejects.toThrow('只能延期一次')
  })

  it('refuses only with a reason from the list, and 其他 only with a note', async () => {
    const msg = await newMessage()
    await expect(update(msg.id, { status: 'refused' }, OFFICE)).rejects.toThrow('请选择理由')
    await expect(update(msg.id, { status: 'refused', refusalReason: 'other' }, OFFICE)).rejects.toThrow('请填写不予受理的说明')
    await expect(update(msg.id, { status: 'refused', refusalReason: 'nonsense' }, OFFICE)).rejects.toThrow()
    const refused = await update(msg.id, { status: 'refused', refusalReason: 'duplicate' }, OFFICE)
    expect(refused.status).toBe('refused')
    expect(refused.unit ?? null).toBeNull()
  })

  it('re-assigns (改派) on the deadline the message already has', async () => {
    const msg = await newMessage()
    const first = await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE, { now: new Date('2026-09-30T02:00:00Z') })
    const moved = await update(msg.id, { unit: await idOf('units', 'name', '县卫生健康委员会') }, OFFICE, { now: new Date('2026-10-12T02:00:00Z') })
    expect(moved.dueAt).toBe(first.dueAt)
    const decisions = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'caseHandling' } }, { subject: { equals: msg.queryCode } }] }, sort: 'createdAt', overrideAccess: true })
    expect(decisions.docs.map((d) => d.detail)).toContain('改派：县教育局 → 县卫生健康委员会，答复期限不变')
  })

  it('records the office’s corrections of what the citizen wrote, and never consents for them', async () => {
    const msg = await newMessage({ publishConsent: false, receivedVia: 'online' })
    await update(msg.id, { title: '咨询义务教育入学政策（更正）', mobile: '13912345679' }, OFFICE)
    const records = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'caseHandling' } }, { subject: { equals: msg.queryCode } }] }, overrideAccess: true })
    expect(records.docs.map((d) => d.detail)).toEqual(['修改留言信息：标题、手机号码'])
    // The values themselves never go on the audit chain.
    expect(JSON.stringify(records.docs)).not.toContain('13912345679')
    await expect(update(msg.id, { publishConsent: true }, OFFICE)).rejects.toThrow('不能代为同意')
  })

  it('shows the handling unit the message but not the address it was sent from', async () => {
    const msg = await newMessage({ sourceIp: '203.0.113.99' })
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE)
    const asUnit = await (await rest.get(`/api/messages/${msg.id}?depth=0`, EDU_OFFICER)).json()
    expect(asUnit.mobile).toBe(msg.mobile)
    expect(asUnit.sourceIp).toBeUndefined()
    const asOffice = await (await rest.get(`/api/messages/${msg.id}?depth=0`, OFFICE)).json()
    expect(asOffice.sourceIp).toBe('203.0.113.99')
  })

  it('never marks a message 已答复 by hand', async () => {
    const msg = await newMessage()
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE)
    await expect(update(msg.id, { status: 'answered' }, OFFICE)).rejects.toThrow('答复须经审核')
  })
})

describe('the reply', () => {
  async function assignedToEducation(extra: Record<string, unknown> = {}) {
    const msg = await newMessage(extra)
    await update(msg.id, { status: 'assigned', unit: await idOf('units', 'name', '县教育局') }, OFFICE)
    return msg
  }
  const draftReply = async (message: number, data: Record<string, unknown>, email = EDU_OFFICER) =>
    payload.create({ collection: 'message-replies', draft: true, overrideAccess: false, req: await as(email), data: { message, _status: 'draft', ...data } as never })

  it('is drafted only by the unit the message was handed to', async () => {
    const msg = await assignedToEducation()
    await expect(draftReply(msg.id, { text: '答复' }, HEALTH_OFFICER)).rejects.toThrow('没有转办给本单位')
    const reply = await draftReply(msg.id, { text: '答复' })
    expect(reply.publicQuestion).toBe(msg.content)
    expect(reply.typeCode).toBe('consultation')
    // The citizen agreed to publication: the new reply is marked 公开 until the unit unticks it.
    expect(reply.public).toBe(true)
    await expect(draftReply(msg.id, { text: '第二份' })).rejects.toThrow('已为这件留言起草了答复')
  })

  it('reaches the citizen only after the unit head signs; the message is then 已答复', async () => {
    const msg = await assignedToEducation()
    const reply = await draftReply(msg.id, { text: '您好！入学材料包括户口簿、房产证明和预防接种证。', public: true })
    const run = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    expect((await payload.findByID({ collection: 'messages', id: msg.id, overrideAccess: true })).status).toBe('assigned')
    expect(run.route.map((s) => s.label)).toEqual(['承办单位负责人审核'])
    const done = await sign(await as(EDU_HEAD), options(), { runId: run.id, decision: 'approve', opinion: '同意。', checklist: Object.fromEntries(run.route[0].checklist.map((c) => [c, true])) })
    expect(done.status).toBe('approved')
    const message = await payload.findByID({ collection: 'messages', id: msg.id, overrideAccess: true })
    expect(message.status).toBe('answered')
    expect(message.replyText).toContain('入学材料')
    expect(message.repliedAt).toBeTruthy()
    // The approved public reply is what the public (the portal's export) may read.
    const anon = await payload.find({ collection: 'message-replies', where: { id: { equals: reply.id } }, overrideAccess: false, user: null })
    expect(anon.totalDocs).toBe(1)
  })

  it('releases the author’s edit lock when it is submitted, so the signer is not told it is being edited', async () => {
    const msg = await assignedToEducation({ title: '编辑锁测试' })
    const reply = await draftReply(msg.id, { text: '答复内容' })
    const officer = (await as(EDU_OFFICER)).user!
    await payload.create({
      collection: 'payload-locked-documents',
      overrideAccess: true,
      data: { document: { relationTo: 'message-replies', value: reply.id }, user: { relationTo: 'users', value: officer.id } } as never,
    })
    const locks = () => payload.count({ collection: 'payload-locked-documents', overrideAccess: true, where: { 'document.value': { equals: reply.id } } })
    expect((await locks()).totalDocs).toBe(1)
    await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    expect((await locks()).totalDocs).toBe(0)
  })

  it('cannot be published by a leader’s emergency publish: a citizen’s answer is always reviewed', async () => {
    const msg = await assignedToEducation({ title: '紧急发布测试' })
    const reply = await draftReply(msg.id, { text: '答复内容' })
    const run = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    await expect(emergencyPublish(await as('leader@demo.gov.cn'), options(), { runId: run.id, reason: '情况紧急' })).rejects.toThrow('不能紧急发布')
    expect((await payload.findByID({ collection: 'messages', id: msg.id, overrideAccess: true })).status).toBe('assigned')
  })

  it('follows the message’s type: a message turned into a 领导信箱 letter also passes the county office', async () => {
    const msg = await assignedToEducation({ title: '改为领导信箱' })
    const reply = await draftReply(msg.id, { text: '答复内容' })
    const leader = (await payload.find({ collection: 'mailbox-leaders', limit: 1, overrideAccess: true })).docs[0].id
    await update(msg.id, { type: await idOf('message-types', 'code', 'leaderMailbox'), leader }, OFFICE)
    // Submitted as drafted (before the type changed): the last signature is refused.
    const stale = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    expect(stale.route.map((s) => s.label)).toEqual(['承办单位负责人审核'])
    await expect(
      sign(await as(EDU_HEAD), options(), { runId: stale.id, decision: 'approve', opinion: '同意。', checklist: Object.fromEntries(stale.route[0].checklist.map((c) => [c, true])) }),
    ).rejects.toThrow('留言类型已改变')
    // Saved again, it takes the new type and its route.
    await payload.update({ collection: 'message-replies', id: reply.id, draft: true, overrideAccess: false, req: await as(EDU_OFFICER), data: { text: '答复内容（修改）' } })
    const run = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    expect(run.route.map((s) => s.label)).toEqual(['承办单位负责人审核', '县政府办公室审核（领导信箱）'])
  })

  it('passes the county government office as well when it went to the 领导信箱', async () => {
    const leader = (await payload.find({ collection: 'mailbox-leaders', limit: 1, overrideAccess: true })).docs[0].id
    const msg = await assignedToEducation({ type: await idOf('message-types', 'code', 'leaderMailbox'), leader })
    const reply = await draftReply(msg.id, { text: '您好！已转县教育局研究办理。' })
    const run = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    expect(run.route.map((s) => s.label)).toEqual(['承办单位负责人审核', '县政府办公室审核（领导信箱）'])
  })

  it('is refused final approval while the published part names the citizen, and cannot be public without consent', async () => {
    const msg = await assignedToEducation({ name: '王小明', mobile: '13800138000' })
    const reply = await draftReply(msg.id, { text: '王小明您好！请拨打 138 0013 8000 联系。', public: true })
    const run = await submit(await as(EDU_OFFICER), options(), { collection: 'message-replies', id: reply.id })
    await expect(
      sign(await as(EDU_HEAD), options(), { runId: run.id, decision: 'approve', opinion: '同意。', checklist: Object.fromEntries(run.route[0].checklist.map((c) => [c, true])) }),
    ).rejects.toThrow('含有留言人的姓名、手机号码')
    expect((await payload.findByID({ collection: 'messages', id: msg.id, overrideAccess: true })).status).toBe('assigned')

    const private_ = await assignedToEducation({ publishConsent: false, title: '不公开的留言' })
    await expect(draftReply(private_.id, { text: '答复', public: true })).rejects.toThrow('未同意公开')
  })

  it('is read by the public only once approved and public', async () => {
    const msg = await assignedToEducation()
    const reply = await draftReply(msg.id, { text: '草稿答复', public: true })
    const anon = await rest.get(`/api/message-replies/${reply.id}?draft=true`)
    expect(anon.status).toBe(404)
    expect((await rest.get(`/api/message-replies/${reply.id}?draft=true`, HEALTH_OFFICER)).status).toBe(404)
    expect((await rest.get(`/api/message-replies/${reply.id}?draft=true`, EDU_HEAD)).status).toBe(200)
  })

  it('shows the public no version history: a reply withdrawn for what it said stays withdrawn', async () => {
    const versions = await (await rest.get('/api/message-replies/versions?limit=0')).json()
    expect(versions.totalDocs ?? 0).toBe(0)
    const live = await (await rest.get('/api/message-replies?limit=0')).json()
    expect(live.totalDocs).toBeGreaterThan(0)
  })
})
