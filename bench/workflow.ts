/**
 * Review-engine benchmark: with 100,000 runs in the database, the latency of an approve action
 * (lock, checks, revision hash, signature, audit append, notification) and of the "my pending"
 * query. Background runs are bulk-inserted in SQL; the measured ones go through the engine.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { myPending, sign, submit, workflowOptions } from '@gov/review-workflow'

import { percentile, timed } from './lib'

type Ids = { unit: number; column: number; author: number; head: number; reviewer: number }

async function setup(payload: Payload): Promise<Ids> {
  const unit = await payload.create({ collection: 'units', overrideAccess: true, data: { name: '测试局', kind: 'department', level: 'county' } })
  const column = await payload.create({ collection: 'columns', overrideAccess: true, data: { name: '要闻', slug: 'bench', kind: 'news' } })
  const user = (email: string, roles: string[]) =>
    payload.create({ collection: 'users', overrideAccess: true, data: { email, password: 'Bench#2026pass', name: email, roles: roles as never, unit: unit.id } })
  const [author, head, reviewer] = await Promise.all([user('author@bench.gov.cn', ['officer']), user('head@bench.gov.cn', ['unitHead']), user('reviewer@bench.gov.cn', ['reviewer'])])
  await payload.create({
    collection: 'workflow-definitions',
    overrideAccess: true,
    data: {
      code: 'bench',
      name: '基准流程',
      collection: 'articles',
      active: true,
      stages: [
        { label: '单位负责人审核', signerType: 'relative', role: 'unitHead', mode: 'any', deadlineDays: 2 },
        { label: '审核员审核', signerType: 'role', role: 'reviewer', mode: 'any', deadlineDays: 2 },
      ],
    } as never,
  })
  return { unit: unit.id, column: column.id, author: author.id, head: head.id, reviewer: reviewer.id }
}

/** 100k runs: 90% finished, 10% waiting on one of 50 signers (the head among them). */
async function bulkRuns(payload: Payload, ids: Ids, count: number) {
  const db = (payload.db as unknown as { pool: { query: (sql: string, params?: unknown[]) => Promise<unknown> } }).pool
  const extra: number[] = [ids.head]
  for (let i = 0; i < 49; i++) {
    const u = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `signer${i}@bench.gov.cn`, password: 'Bench#2026pass', name: `签发人${i}`, roles: ['unitHead'] } })
    extra.push(u.id)
  }
  await db.query(
    `insert into workflow_runs (title, doc_collection, doc_id, definition_code, status, current_stage, stage_label, stage_due_at, revision_hash, author_id, author_unit_id, submitted_at, finished_at, route, lock_version)
     select '历史稿件 ' || g, 'articles', (1000000 + g)::text, 'bench',
            (case when g % 10 = 0 then 'in_review' else 'approved' end)::enum_workflow_runs_status,
            0, '单位负责人审核', now() + ((g % 72) || ' hours')::interval, md5(g::text), $1, $2,
            now() - ((g % 365) || ' days')::interval, case when g % 10 = 0 then null else now() end, '[]'::jsonb, 1
     from generate_series(1, $3) as g`,
    [ids.author, ids.unit, count],
  )
  await db.query(
    `insert into workflow_runs_rels ("order", parent_id, path, users_id)
     select 1, r.id, 'pendingSigners', ($1::int[])[1 + (r.id % 50)]
     from workflow_runs r where r.status = 'in_review' and r.definition_code = 'bench'`,
    [extra],
  )
  await db.query('analyze')
}

export async function benchWorkflow(payload: Payload, { runs = 100_000, samples = 200 } = {}) {
  const options = workflowOptions(payload)
  const ids = await setup(payload)
  const [, seedMs] = await timed(() => bulkRuns(payload, ids, runs))

  const asUser = async (id: number) => {
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  }
  const authorReq = await asUser(ids.author)
  const submitted = []
  for (let i = 0; i < samples; i++) {
    const doc = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: true,
      data: { title: `基准稿件 ${i}`, column: ids.column, unit: ids.unit, _status: 'draft' } as never,
    })
    submitted.push(await submit(authorReq, options, { collection: 'articles', id: doc.id }))
  }

  const pendingMs: number[] = []
  const headReq = await asUser(ids.head)
  let pendingCount = 0
  for (let i = 0; i < samples; i++) {
    const [page, ms] = await timed(() => myPending(headReq, options))
    pendingCount = page.totalDocs
    pendingMs.push(ms)
  }

  const approveMs: number[] = []
  for (const run of submitted) {
    const req = await asUser(ids.head)
    const [, ms] = await timed(() => sign(req, options, { runId: run.id, decision: 'approve', opinion: '同意。' }))
    approveMs.push(ms)
  }

  return {
    runs,
    samples,
    seedSeconds: Math.round(seedMs / 100) / 10,
    approve: { p50: percentile(approveMs, 50), p95: percentile(approveMs, 95), targetP95: 50 },
    myPending: { p50: percentile(pendingMs, 50), p95: percentile(pendingMs, 95), targetP95: 30, itemsWaiting: pendingCount },
  }
}
