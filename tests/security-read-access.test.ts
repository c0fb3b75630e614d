/**
 * Issue 12 §3, who can read what: another unit's drafts (涉密 ones above all) only while their
 * review is routed to the reader; review runs and opinions only for those who may read the
 * item; internal journals' distribution lists only for the office's staff.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { draftArticle, lexical, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
let minutes: number
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)
const rest = restClient(() => ctx)

const MINUTES_TITLE = '关于城东片区重点项目征迁补偿有关问题的专题会议纪要'

/** Status and parsed body of a REST GET. */
async function getJson(url: string, email?: string): Promise<{ status: number; body: any }> {
  const response = await rest.get(url, email)
  return { status: response.status, body: await response.json() }
}

/** Whether the user reads the article's latest draft through the REST API. */
async function readsDraft(id: number, email?: string): Promise<boolean> {
  const { status, body } = await getJson(`/api/articles/${id}?draft=true&depth=0`, email)
  return status === 200 && body.id === id
}

/** Titles in the article list the user gets (drafts included). */
async function listedTitles(email: string): Promise<string[]> {
  const { body } = await getJson('/api/articles?draft=true&limit=0&depth=0', email)
  return (body.docs as { title: string }[]).map((d) => d.title)
}

/** Number of versions of the article the user gets from the version history API. */
async function versionCount(id: number, email: string): Promise<number> {
  const { status, body } = await getJson(`/api/articles/versions?where[parent][equals]=${id}&depth=0`, email)
  return status === 200 ? body.totalDocs : 0
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
  minutes = (await payload.find({ collection: 'articles', where: { title: { equals: MINUTES_TITLE } }, draft: true, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('drafts of other units', () => {
  it('keeps the 县政府办公室 classified minutes from other units’ heads, reviewers and leaders; its own unit reads them', async () => {
    for (const email of ['head.town@demo.gov.cn', 'head@demo.gov.cn', 'reviewer@demo.gov.cn', 'leader@demo.gov.cn']) {
      expect(await readsDraft(minutes, email), email).toBe(false)
      expect(await listedTitles(email), email).not.toContain(MINUTES_TITLE)
      expect(await versionCount(minutes, email), email).toBe(0)
    }
    expect(await readsDraft(minutes)).toBe(false)
    for (const email of ['head.office@demo.gov.cn', 'officer.office@demo.gov.cn']) {
      expect(await readsDraft(minutes, email), email).toBe(true)
      expect(await versionCount(minutes, email), email).toBeGreaterThan(0)
    }
  })

  it('lets a signer read another unit’s draft only while a current or past stage of its run names them', async () => {
    const doc = await draftArticle(payload, yaowen, '县教育局召开秋季学期安全工作会议')
    // Not submitted: only the unit reads it.
    expect(await readsDraft(doc.id, 'head@demo.gov.cn')).toBe(true)
    expect(await readsDraft(doc.id, 'webmaster.edu@demo.gov.cn')).toBe(true)
    expect(await readsDraft(doc.id, 'reviewer@demo.gov.cn')).toBe(false)
    expect(await readsDraft(doc.id, 'head.health@demo.gov.cn')).toBe(false)

    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    // Stage 1 (单位负责人) is pending; the 办公室 stage is still ahead: not routed to the reviewer yet.
    expect(await readsDraft(doc.id, 'reviewer@demo.gov.cn')).toBe(false)
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect(await readsDraft(doc.id, 'reviewer@demo.gov.cn')).toBe(true)
    expect(await versionCount(doc.id, 'reviewer@demo.gov.cn')).toBeGreaterThan(0)
    expect(await listedTitles('reviewer@demo.gov.cn')).toContain('县教育局召开秋季学期安全工作会议')
    // Nobody off the route: another unit's head, a leader, another unit's officer.
    for (const email of ['head.health@demo.gov.cn', 'leader@demo.gov.cn', 'officer.health@demo.gov.cn']) {
      expect(await readsDraft(doc.id, email), email).toBe(false)
      expect(await versionCount(doc.id, email), email).toBe(0)
    }
    // Returned to the author: no longer routed to anyone outside the unit.
    await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'return', opinion: '请补充会议时间。' })
    expect(await readsDraft(doc.id, 'reviewer@demo.gov.cn')).toBe(false)
  })

  it('keeps published items public, the final signer included', async () => {
    const doc = await draftArticle(payload, yaowen, '县教育局发布寒假安全提示')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    for (const email of [undefined, 'head.health@demo.gov.cn', 'reviewer@demo.gov.cn']) {
      const { status, body } = await getJson(`/api/articles/${doc.id}?depth=0`, email)
      expect(status, String(email)).toBe(200)
      expect(body.title).toBe('县教育局发布寒假安全提示')
    }
  })

  it('lets the disclosure officer read other units’ policy drafts but not a 涉密 one; other units’ heads read neither', async () => {
    const gov = (await payload.find({ collection: 'units', where: { code: { equals: '11350100MB0000001A' } }, overrideAccess: true })).docs[0].id
    const base = { docType: 'normative', subject: 's0203', issuer: '示范县人民政府', writtenAt: '2026-11-20T00:00:00+08:00', unit: gov, _status: 'draft' }
    const open = await payload.create({ collection: 'policies', draft: true, overrideAccess: true, data: { ...base, title: '示范县公共资源交易管理办法（征求意见稿）', body: lexical('正文。') } as never })
    const secret = await payload.create({
      collection: 'policies',
      draft: true,
      overrideAccess: true,
      data: { ...base, title: '关于某专项工作的内部通知', classified: true, body: lexical('涉密正文。') } as never,
    })
    const reads = async (id: number, email: string) => (await getJson(`/api/policies/${id}?draft=true&depth=0`, email)).status === 200
    expect(await reads(open.id, 'disclosure@demo.gov.cn')).toBe(true)
    expect(await reads(secret.id, 'disclosure@demo.gov.cn')).toBe(false)
    expect(await reads(secret.id, 'officer.gov@demo.gov.cn')).toBe(true)
    for (const email of ['head.town@demo.gov.cn', 'reviewer@demo.gov.cn', 'leader2@demo.gov.cn']) {
      expect(await reads(open.id, email), email).toBe(false)
      expect(await reads(secret.id, email), email).toBe(false)
    }
  })

  it('keeps another unit’s IT project drafts from every signed-in user off its route', async () => {
    const req = await as('officer.health@demo.gov.cn')
    const project = await payload.create({
      collection: 'it-projects',
      draft: true,
      req,
      user: req.user,
      overrideAccess: false,
      data: { name: '县卫健委远程会诊平台', amount: 800000, _status: 'draft' } as never,
    })
    expect((await getJson(`/api/it-projects/${project.id}?draft=true`, 'officer@demo.gov.cn')).status).not.toBe(200)
    expect((await getJson(`/api/it-projects/${project.id}?draft=true`, 'head.data@demo.gov.cn')).status).not.toBe(200)
    await submit(await as('officer.health@demo.gov.cn'), options(), { collection: 'it-projects', id: project.id })
    // Routed to the data bureau's head (≥ 50万): now they read it.
    expect((await getJson(`/api/it-projects/${project.id}?draft=true`, 'head.data@demo.gov.cn')).status).toBe(200)
    expect((await getJson(`/api/it-projects/${project.id}?draft=true`, 'officer@demo.gov.cn')).status).not.toBe(200)
  })
})

describe('review runs follow their item', () => {
  it('hides runs, routes and opinions of other units’ drafts from /api/workflow-runs and /api/workflow/:collection/:id', async () => {
    const doc = await draftArticle(payload, yaowen, '关于暂缓发布某校招生方案的请示')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'reject', opinion: '方案尚未经局党组研究，不同意发布。' })

    const runIds = async (email: string) => {
      const { status, body } = await getJson('/api/workflow-runs?limit=0&depth=0', email)
      expect(status, email).toBe(200)
      return (body.docs as { id: number }[]).map((r) => String(r.id))
    }
    for (const email of ['officer.health@demo.gov.cn', 'head.town@demo.gov.cn', 'leader@demo.gov.cn', 'reviewer@demo.gov.cn']) {
      expect(await runIds(email), email).not.toContain(String(run.id))
      expect((await getJson(`/api/workflow-runs/${run.id}`, email)).status, email).not.toBe(200)
      const state = await getJson(`/api/workflow/articles/${doc.id}`, email)
      expect(state.status, email).toBe(404)
      expect(JSON.stringify(state.body)).not.toContain('不同意发布')
      expect((await getJson(`/api/workflow/articles/${doc.id}/form`, email)).status, email).toBe(403)
    }
    // The unit and the signer read it.
    for (const email of ['officer@demo.gov.cn', 'webmaster.edu@demo.gov.cn', 'head@demo.gov.cn']) {
      expect(await runIds(email), email).toContain(String(run.id))
      const state = await getJson(`/api/workflow/articles/${doc.id}`, email)
      expect(state.status, email).toBe(200)
      expect(state.body.history[0].signatures[0].opinion).toBe('方案尚未经局党组研究，不同意发布。')
    }
  })

  it('lets nobody act on an item they may not read: no emergency publish by a leader it was never routed to', async () => {
    const doc = await draftArticle(payload, yaowen, '县教育局寒假安全提示（紧急发布测试）')
    await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const emergency = await rest.post(`/api/workflow/articles/${doc.id}/emergency`, { reason: '情况紧急' }, 'leader@demo.gov.cn')
    expect(emergency.status).toBe(404)
    expect(await rest.errorOf(emergency)).toBe('稿件不存在或您无权查看。')
    const live = await payload.findByID({ collection: 'articles', id: doc.id, draft: false, depth: 0, overrideAccess: true })
    expect(live._status).toBe('draft')
    // Another unit's head cannot sign or delegate it either.
    expect((await rest.post(`/api/workflow/articles/${doc.id}/approve`, { opinion: '同意' }, 'head.town@demo.gov.cn')).status).toBe(404)
  })

  it('lets a signer of another unit read the run routed to them', async () => {
    const doc = await draftArticle(payload, yaowen, '县教育局开展教师培训')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect((await getJson(`/api/workflow-runs/${run.id}`, 'reviewer@demo.gov.cn')).status).toBe(200)
    const state = await getJson(`/api/workflow/articles/${doc.id}`, 'reviewer@demo.gov.cn')
    expect(state.status).toBe(200)
    expect(state.body.allowedActions).toContain('approve')
  })

  it('keeps the audit administrator reading audit records', async () => {
    const { status, body } = await getJson('/api/audit-log?limit=5', 'auditor@demo.gov.cn')
    expect(status).toBe(200)
    expect(body.totalDocs).toBeGreaterThan(0)
  })
})

describe('internal journals', () => {
  it('shows distribution lists to the office’s staff only, never to the public', async () => {
    const journals = await getJson('/api/journals?limit=0&depth=0')
    expect(journals.status).toBe(200)
    expect(journals.body.docs.length).toBeGreaterThan(0)
    const colophon = (doc: Record<string, unknown>) => [doc.reportTo, doc.copyTo, doc.distribution]
    for (const journal of journals.body.docs) expect(colophon(journal), journal.name).toEqual([undefined, undefined, undefined])

    const issues = await getJson('/api/journal-issues?limit=0&depth=0')
    expect(issues.body.docs.length).toBeGreaterThan(0)
    for (const issue of issues.body.docs) expect(colophon(issue), issue.title).toEqual([undefined, undefined, undefined])
    const print = await rest.get(`/api/journal-issues/${issues.body.docs[0].id}/print`)
    expect(print.status).toBe(200)
    const printed = await print.text()
    for (const line of ['各乡镇人民政府', '市政府办公室', '县人大常委会办公室']) expect(printed).not.toContain(line)

    const otherUnit = await getJson('/api/journals?limit=0&depth=0', 'officer@demo.gov.cn')
    for (const journal of otherUnit.body.docs) expect(colophon(journal), journal.name).toEqual([undefined, undefined, undefined])

    const office = await getJson('/api/journals?limit=0&depth=0', 'editor@demo.gov.cn')
    const own = office.body.docs.find((j: { name: string }) => j.name === '政务快讯')
    expect(own?.distribution).toBe('县政府领导，各乡镇人民政府，县政府各部门')
    const officeIssues = await getJson('/api/journal-issues?limit=0&depth=0', 'editor@demo.gov.cn')
    expect(officeIssues.body.docs.some((i: { distribution?: string }) => i.distribution === '县政府领导，各乡镇人民政府，县政府各部门')).toBe(true)
  })
})
