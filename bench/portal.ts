/**
 * Portal benchmark: full builds at 1k and 10k published articles (pages/s, peak memory of the
 * Astro build) and approval-to-live latency (final approval → publish job → page on disk),
 * which is a full rebuild until incremental publishing lands.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { exportPortalContent } from '../cms/src/publishing/exportPortalContent'
import { publishPortal } from '../cms/src/publishing/publishPortal'
import { articles as seedArticles } from '../seed/data/articles'
import { paragraphsToLexical } from '../seed/lexical'
import { requestAs } from '../seed/workflow'
import { ROOT } from '../scripts/lib/paths'
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

function astroBuild(contentDir: string, outDir: string) {
  const root = ROOT
  const astro = path.join(root, 'node_modules', '.bin', 'astro')
  const hasTime = fs.existsSync('/usr/bin/time')
  const started = process.hrtime.bigint()
  const result = spawnSync(hasTime ? '/usr/bin/time' : astro, hasTime ? ['-f', 'PEAK_KB=%M', astro, 'build', '--silent'] : ['build', '--silent'], {
    cwd: path.join(root, 'site'),
    env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`astro build failed: ${result.stderr.slice(-2000)}`)
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr)
  return { seconds, peakMiB: peak ? Math.round(Number(peak[1]) / 1024) : null }
}

export async function benchPortal(payload: Payload, sizes: number[]) {
  const results = []
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-bench-portal-'))
  process.env.PORTAL_DIR = path.join(tmp, 'current')
  try {
    for (const size of sizes) {
      await topUp(payload, size)
      const content = path.join(tmp, `content-${size}`)
      const [manifest, exportMs] = await timed(() => exportPortalContent(payload, content))
      const build = astroBuild(content, path.join(tmp, `site-${size}`))
      const pages = fs.readdirSync(path.join(tmp, `site-${size}`), { recursive: true }).filter((f) => String(f).endsWith('.html')).length

      // Approval → live: the final signature enqueues a publish; the worker's run writes the page.
      const latencies: number[] = []
      const options = workflowOptions(payload)
      const column = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
      for (let i = 0; i < 3; i++) {
        const author = await requestAs(payload, (await payload.find({ collection: 'users', where: { email: { equals: 'officer@demo.gov.cn' } }, overrideAccess: true })).docs[0].id)
        const doc = await payload.create({ collection: 'articles', draft: true, req: author, user: author.user, overrideAccess: false, data: { title: `基准审批稿件 ${size}-${i}`, column, _status: 'draft' } as never })
        const run = await submit(author, options, { collection: 'articles', id: doc.id })
        await sign(await requestAs(payload, run.route[0].signers[0].id), options, { runId: run.id, decision: 'approve' })
        const last = await requestAs(payload, run.route[1].signers[0].id)
        const [, ms] = await timed(async () => {
          await sign(last, options, { runId: run.id, decision: 'approve' })
          await publishPortal(payload, { trigger: 'bench' })
        })
        if (!fs.existsSync(path.join(process.env.PORTAL_DIR, 'articles', String(doc.id), 'index.html'))) throw new Error('page not live')
        latencies.push(ms)
      }
      results.push({
        articles: manifest.counts.articles,
        pages,
        exportSeconds: Math.round(exportMs / 100) / 10,
        buildSeconds: Math.round(build.seconds * 10) / 10,
        pagesPerSecond: Math.round(pages / build.seconds),
        buildPeakMiB: build.peakMiB,
        approvalToLiveMs: { p50: percentile(latencies, 50), max: percentile(latencies, 100) },
      })
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  return results
}
