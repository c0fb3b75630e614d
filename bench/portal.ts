/**
 * Portal benchmark, at each size (1k, 10k, optionally 100k published articles): a full build
 * (pages/s of the Astro render, peak memory of the build process, the search index after it),
 * then single approvals published incrementally — final approval → page on disk — in the same
 * run, so the two compare on the same machine under the same load.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { prewarmPublisher, publishPortal } from '../cms/src/publishing/publishPortal'
import { articles as seedArticles } from '../seed/data/articles'
import { paragraphsToLexical } from '../seed/lexical'
import { requestAs } from '../seed/workflow'
import { percentile, timed } from './lib'

type Pool = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** Tops the database up to `target` published articles with bulk SQL (realistic Chinese bodies). */
async function topUp(payload: Payload, target: number) {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query("select count(*)::int as n from articles where _status = 'published'")
  const missing = target - Number(rows[0].n)
  if (missing <= 0) return
  const columns = (await pool.query('select id from columns where unit_id is null order by id')).rows.map((r) => r.id)
  const unit = (await pool.query('select id from units order by id limit 1')).rows[0].id
  const bodies = seedArticles.map((a) => JSON.stringify(paragraphsToLexical(a.paragraphs)))
  await pool.query(
    `insert into articles (title, column_id, unit_id, source, publish_date, summary, body, classified, _status, involves_leaders, sensitivity)
     select '示范县政务动态第' || g || '期：' || ($4::text[])[1 + g % 5], ($1::int[])[1 + g % array_length($1::int[], 1)], $2, '县政府办公室',
            now() - (g || ' hours')::interval, '基准测试稿件摘要 ' || g, ($3::jsonb[])[1 + g % array_length($3::jsonb[], 1)], false, 'published', 'none', 'normal'
     from generate_series(1, $5) as g`,
    [columns, unit, bodies, ['高标准农田建设', '政务服务一网通办', '冬季安全生产', '义务教育招生', '医共体建设'], missing],
  )
}

async function approveOne(payload: Payload, title: string, column: number) {
  const options = workflowOptions(payload)
  const officer = (await payload.find({ collection: 'users', where: { email: { equals: 'officer@demo.gov.cn' } }, overrideAccess: true })).docs[0].id
  const author = await requestAs(payload, officer)
  const doc = await payload.create({ collection: 'articles', draft: true, req: author, user: author.user, overrideAccess: false, data: { title, column, _status: 'draft' } as never })
  const run = await submit(author, options, { collection: 'articles', id: doc.id })
  await sign(await requestAs(payload, run.route[0].signers[0].id), options, { runId: run.id, decision: 'approve' })
  const last = await requestAs(payload, run.route[1].signers[0].id)
  return { id: doc.id, finalApproval: () => sign(last, options, { runId: run.id, decision: 'approve' }) }
}

/** The bench plays the worker: queued publish jobs are its own to run. */
async function clearQueue(payload: Payload) {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
}

const round = (ms: number) => Math.round(ms)

export async function benchPortal(payload: Payload, sizes: number[]) {
  const results = []
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-bench-portal-'))
  process.env.PORTAL_DIR = path.join(tmp, 'current')
  const live = process.env.PORTAL_DIR
  try {
    for (const size of sizes) {
      await topUp(payload, size)
      await clearQueue(payload)
      const full = await publishPortal(payload, { trigger: `bench full ${size}`, full: true })
      if (full.status !== 'succeeded') throw new Error(`full build failed: ${full.error}`)
      // As the worker does when it starts.
      await prewarmPublisher()
      const pages = fs.readdirSync(live, { recursive: true }).filter((f) => String(f).endsWith('index.html') && !String(f).startsWith('search-index')).length

      // Final approval → page on disk, published incrementally (the same publisher the worker runs).
      const column = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
      const approvals = size >= 100_000 ? 3 : 5
      const latencies: number[] = []
      const searches: number[] = []
      const builds: number[] = []
      for (let i = 0; i < approvals; i++) {
        const item = await approveOne(payload, `基准审批稿件 ${size}-${i}`, column)
        // At 100k the search index takes minutes: as in production, the publish job queued by the
        // approval makes the run leave phase two to the next one; the index is timed once, above.
        const withSearch = size < 100_000
        const [, signMs] = await timed(() => item.finalApproval())
        if (withSearch) await clearQueue(payload)
        const result = await publishPortal(payload, { trigger: `bench approval ${size}-${i}` })
        await clearQueue(payload)
        if (result.status !== 'succeeded' || result.mode !== 'incremental') throw new Error(`incremental publish: ${JSON.stringify(result)}`)
        if (!fs.existsSync(path.join(live, 'articles', String(item.id), 'index.html'))) throw new Error('page not live')
        // The page is on disk when phase one ends; the sitemap and the search index follow.
        latencies.push(signMs + result.liveMs!)
        if (result.searchMs) searches.push(result.searchMs)
        builds.push(result.timings!.buildMs)
        if (result.timings!.rendererMs > 0) throw new Error('the page renderer was rebuilt for an incremental publish')
      }
      // A running worker keeps its page renderer between publishes: its build is timed on its own.
      const renderSeconds = (full.timings!.buildMs - full.timings!.rendererMs) / 1000
      results.push({
        articles: full.pages!,
        pages,
        full: {
          exportSeconds: Math.round(full.timings!.exportMs / 100) / 10,
          renderSeconds: Math.round(renderSeconds * 10) / 10,
          rendererBuildSeconds: Math.round(full.timings!.rendererMs / 100) / 10,
          pagesPerSecond: Math.round(pages / renderSeconds),
          peakMiB: full.buildPeakMiB,
          liveSeconds: Math.round(full.liveMs! / 100) / 10,
          searchSeconds: Math.round((full.searchMs ?? 0) / 100) / 10,
        },
        incremental: {
          approvals,
          approvalToPageMs: { p50: percentile(latencies, 50), max: percentile(latencies, 100) },
          warmBuildMs: { p50: round(percentile(builds, 50)) },
          searchMs: searches.length ? { p50: round(percentile(searches, 50)) } : null,
        },
      })
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  return results
}
