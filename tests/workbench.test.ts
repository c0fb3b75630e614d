/**
 * 工作台 per role, read with the person's own access: pending signatures with overdue marks,
 * returns, the site's health, the system's running state (GET /api/health's checks), publishing
 * and 依申请公开 deadlines only for the roles concerned.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { runInspection } from '../cms/src/inspection/runInspection'
import { loadWorkbench } from '../cms/src/workbench/loadWorkbench'
import { bootPayload, type TestPayload } from './helpers/payload'
import { draftArticle, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const as = (email: string) => reqFor(payload, email)
const options = () => workflowOptions(payload)

beforeAll(async () => {
  process.env.PORTAL_URL = 'http://127.0.0.1:9/'
  // Nothing published here: the running state says so.
  process.env.PORTAL_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gov-workbench-')), 'current')
  process.env.HEALTH_CACHE_MS = '0'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('the start page', () => {
  it('shows a signer what waits for them, overdue first marked, and the author what came back', async () => {
    const late = await draftArticle(payload, yaowen, '县教育局开展校园食品安全检查')
    const lateRun = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: late.id })
    await payload.update({ collection: 'workflow-runs', id: lateRun.id, data: { stageDueAt: new Date(Date.now() - 86_400_000).toISOString() }, overrideAccess: true })
    const head = await loadWorkbench(await as('head@demo.gov.cn'))
    const item = head.pending.find((p) => p.title === '县教育局开展校园食品安全检查')!
    expect(item).toMatchObject({ overdue: true, href: `/admin/collections/articles/${late.id}` })

    await sign(await as('head@demo.gov.cn'), options(), { runId: lateRun.id, decision: 'return', opinion: '请补充检查学校数量。' })
    const officer = await loadWorkbench(await as('officer@demo.gov.cn'))
    expect(officer.returned.map((r) => [r.title, r.note])).toContainEqual(['县教育局开展校园食品安全检查', '退回修改：请补充检查学校数量。'])
    expect((await loadWorkbench(await as('head@demo.gov.cn'))).pending.map((p) => p.title)).not.toContain('县教育局开展校园食品安全检查')

    // Sent again, it is no longer "returned".
    await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: late.id })
    expect((await loadWorkbench(await as('officer@demo.gov.cn'))).returned.map((r) => r.title)).not.toContain('县教育局开展校园食品安全检查')
  })

  it('gives an information officer no site health, publishing or applications', async () => {
    const officer = await loadWorkbench(await as('officer@demo.gov.cn'))
    expect(officer.health).toBeNull()
    expect(officer.system).toBeNull()
    expect(officer.publishes).toBeNull()
    expect(officer.applications).toBeNull()
  })

  it('gives the webmaster the last self-inspection, vetoes first', async () => {
    expect((await loadWorkbench(await as('webmaster@demo.gov.cn'))).health).toBe('none')
    const report = await runInspection(await as('webmaster@demo.gov.cn'), '测试')
    const health = (await loadWorkbench(await as('webmaster@demo.gov.cn'))).health
    expect(health).toMatchObject({ vetoes: report.vetoes, reportHref: `/admin/collections/inspection-reports/${report.id}` })
    expect(typeof health === 'object' && health?.top[0].level).toBe('veto')
    expect((await loadWorkbench(await as('webmaster@demo.gov.cn'))).publishes).toEqual(expect.any(Array))
  })

  it('shows those who run the site its running state, with what is wrong named', async () => {
    // What the seed queued may be older than the queue's limit by the time this file runs.
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'publish' } }, overrideAccess: true })
    for (const email of ['webmaster@demo.gov.cn', 'sysadmin@demo.gov.cn']) {
      const { system } = await loadWorkbench(await as(email))
      expect(system?.checks.database.status).toBe('ok')
      expect(system?.checks.migrations).toMatchObject({ status: 'ok', pending: [] })
      expect(system?.checks.publishQueue.status).toBe('ok')
    }
    const { system } = await loadWorkbench(await as('webmaster@demo.gov.cn'))
    // Never published in this database, no portal on disk.
    expect(system).toMatchObject({ status: 'fail', failing: ['lastPublish', 'searchIndex'] })
    expect(system?.checks.lastPublish.detail).toBe('门户尚未成功发布过。')

    const { renderToStaticMarkup } = await import('react-dom/server')
    const { SystemHealth } = await import('../cms/src/components/Workbench/SystemHealth')
    const html = renderToStaticMarkup(SystemHealth({ report: system!, api: '/api' }))
    expect(html).toContain('系统运行状态')
    expect(html).toContain('2 项异常')
    expect(html).toMatch(/data-check="migrations" data-status="ok">.*已是最新/)
    expect(html).toMatch(/data-check="lastPublish" data-status="fail">.*门户尚未成功发布过/)
    expect(html).toContain('href="/api/health"')
  })

  it('gives the disclosure officer the applications due within 7 days', async () => {
    const open = await payload.find({ collection: 'disclosure-applications', where: { status: { in: ['received', 'processing'] } }, limit: 1, overrideAccess: true, depth: 0 })
    expect(open.docs.length).toBe(1)
    await payload.update({ collection: 'disclosure-applications', id: open.docs[0].id, data: { dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString() } as never, overrideAccess: true, context: { allowSystemFields: true } })
    const officer = await loadWorkbench(await as('disclosure@demo.gov.cn'))
    expect(officer.applications!.map((a) => a.href)).toContain(`/admin/collections/disclosure-applications/${open.docs[0].id}`)
    expect(officer.pending).toEqual([])
  })
})
