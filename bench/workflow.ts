/**
 * Review-engine benchmark: with BENCH_RUNS runs in the database (100,000 by default; 1,000,000 for issue 15), the latency of an approve action
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

/** The head and 49 more signers the background runs wait on. */
async function signers(payload: Payload, ids: Ids): Promise<number[]> {
  const extra: number[] = [ids.head]
  for (let i = 0; i < 49; i++) {
    const u = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `signer${i}@bench.gov.cn`, password: 'Bench#2026pass', name: `签发人${i}`, roles: ['unitHead'] } })
    extra.push(u.id)
  }
  return extra
}

/**
 * Background runs `from`..`to` (of 100,000 or 1,000,000): 90% finished, 10% waiting on one of
 * the 50 signers, spread evenly (the head among them: 1 in 50 of the waiting runs).
 */
async function bulkRuns(payload: Payload, ids: Ids, extra: number[], from: number, to: number) {
  const db = (payload.db as unknown as { pool: { query: (sql: string, params?: unknown[]) => Promise<unknown> } }).pool
  // In chunks: one statement per 100,000 runs keeps each transaction (and its WAL) small at 1,000,000.
  const CHUNK = 100_000
  for (let start = from; start <= to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK - 1)
    await db.query(
      `insert into workflow_runs (title, doc_collection, doc_id, definition_code, status, current_stage, stage_label, stage_due_at, revision_hash, author_id, author_unit_id, submitted_at, finished_at, route, lock_version)
       select '历史稿件 ' || g, 'articles', (1000000 + g)::text, 'bench',
              (case when g % 10 = 0 then 'in_review' else 'approved' end)::enum_workflow_runs_status,
              0, '单位负责人审核', now() + ((g % 72) || ' hours')::interval, md5(g::text), $1, $2,
              now() - ((g % 365) || ' days')::interval, case when g % 10 = 0 then null else now() end, '[]'::jsonb, 1
       from generate_series($3::int, $4::int) as g`,
      [ids.author, ids.unit, start, end],
    )
    // The waiting run g goes to signer (g / 10) mod 50. (By the run's id, as before, only 5 of
    // the 50 got any: the ids of waiting runs are 10 apart.)
    await db.query(
      `insert into workflow_runs_rels ("order", parent_id, path, users_id)
       select 1, r.id, 'pendingSigners', ($1::int[])[1 + ((r.doc_id::int - 1000000) / 10) % 50]
       from workflow_runs r
       where r.definition_code = 'bench' and r.status = 'in_review' and r.doc_collection = 'articles'
         and r.doc_id::int between 1000000 + $2::int and 1000000 + $3::int and r.title like '历史稿件 %'`,
      [extra, start, end],
    )
  }
  await db.query('analyze')
}

/**
 * At each size (the runs in the database), in one run: 200 items submitted through the engine,
 * "my pending" of the head timed 200 times, then the 200 approvals.
 */
export async function benchWorkflow(payload: Payload, { sizes = [100_000], samples = 200 }: { sizes?: number[]; samples?: number } = {}) {
  const options = workflowOptions(payload)
  const ids = await setup(payload)
  const extra = await signers(payload, ids)
  const asUser = async (id: number) => {
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  }
  const results = []
  let seeded = 0
  for (const runs of [...sizes].sort((a, b) => a - b)) {
    const [, seedMs] = await timed(() => bulkRuns(payload, ids, extra, seeded + 1, runs))
    seeded = runs

    const authorReq = await asUser(ids.author)
    const submitted = []
    for (let i = 0; i < samples; i++) {
      const doc = await payload.create({
        collection: 'articles',
        draft: true,
        overrideAccess: true,
        data: { title: `基准稿件 ${runs}-${i}`, column: ids.column, unit: ids.unit, _status: 'draft' } as never,
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

    results.push({
      runs,
      samples,
      seedSeconds: Math.round(seedMs / 100) / 10,
      approve: { p50: percentile(approveMs, 50), p95: percentile(approveMs, 95), targetP95: 50 },
      myPending: { p50: percentile(pendingMs, 50), p95: percentile(pendingMs, 95), targetP95: 30, itemsWaiting: pendingCount },
    })
  }
  return results
}
