/**
 * Where the time of an incremental snapshot export goes (the "export" part of approval → page
 * on disk): `NODE_OPTIONS=--conditions=production npx tsx bench/exportParts.ts 100000` seeds a
 * scratch database with that many published articles, exports the snapshot in full, then
 * three times with nothing changed, timing the parts of it alongside: the Local API read of
 * which articles are public (as exportPortalContent does it), the same rows in plain SQL, and
 * reading and writing articles.json. A diagnostic, not part of `npm run bench`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createScratchDatabase } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv, run } from '../scripts/lib/run'
const N = Number(process.argv[2] ?? 100000)
const database = await createScratchDatabase(`gov_bench_parts_${process.pid}`)
const t = async <T>(label: string, f: () => Promise<T>) => { const s = performance.now(); const r = await f(); console.log(label, Math.round(performance.now() - s), 'ms'); return r }
try {
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'migrate'], { env: payloadNodeEnv({ ...process.env, DATABASE_URL: database.url }), stdio: ['ignore', 'ignore', 'inherit'] })
  process.env.DATABASE_URL = database.url
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const payload = await getPayload({ config })
  ;(payload.db as unknown as { pool: { on: (event: 'error', listener: () => void) => void } }).pool.on('error', () => {})
  const { seed } = await import('../seed')
  await seed(payload, { demoPasswords: true })
  const { articles: seedArticles } = await import('../seed/data/articles')
  const { paragraphsToLexical } = await import('../seed/lexical')
  const pool = (payload.db as unknown as { pool: { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
  const columns = (await pool.query('select id from columns where unit_id is null order by id')).rows.map((r) => r.id)
  const unit = (await pool.query('select id from units order by id limit 1')).rows[0].id
  const bodies = seedArticles.map((a) => JSON.stringify(paragraphsToLexical(a.paragraphs)))
  await pool.query(`insert into articles (title, column_id, unit_id, source, publish_date, summary, body, classified, _status, involves_leaders, sensitivity)
     select '示范县政务动态第' || g || '期：' || ($4::text[])[1 + g % 5], ($1::int[])[1 + g % array_length($1::int[], 1)], $2, '县政府办公室',
            now() - (g || ' hours')::interval, '基准测试稿件摘要 ' || g, ($3::jsonb[])[1 + g % array_length($3::jsonb[], 1)], false, 'published', 'none', 'normal'
     from generate_series(1, $5) as g`, [columns, unit, bodies, ['高标准农田建设', '政务服务一网通办', '冬季安全生产', '义务教育招生', '医共体建设'], N])
  await pool.query('analyze')
  const { exportPortalContent, publicArticles } = await import('../cms/src/publishing/exportPortalContent')
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-export-parts-'))
  await t('full export', () => exportPortalContent(payload, out, { full: true }))
  for (let i = 0; i < 3; i++) {
    await t('incremental export (nothing changed)', () => exportPortalContent(payload, out))
    await t('  index find (100% of public articles, select updatedAt)', () => payload.find({ collection: 'articles', where: publicArticles(), pagination: false, depth: 0, draft: false, select: { updatedAt: true }, sort: '-publishDate', overrideAccess: false, user: null }))
    await t('  same find, overrideAccess', () => payload.find({ collection: 'articles', where: publicArticles(), pagination: false, depth: 0, draft: false, select: { updatedAt: true }, sort: '-publishDate', overrideAccess: true }))
    await t('  same rows in plain SQL', () => pool.query(`select id, updated_at from articles where _status = 'published' and classified is not true and (expires_at is null or expires_at > now()) order by publish_date desc`))
    await t('  read + parse articles.json', async () => JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8')))
    await t('  stringify + write articles.json', async () => fs.writeFileSync(path.join(out, 'x.json'), JSON.stringify(JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8')))))
    await t('  readdir bodies', async () => fs.readdirSync(path.join(out, 'bodies')).length)
  }
  console.log('articles.json MB', Math.round(fs.statSync(path.join(out, 'articles.json')).size / 1e5) / 10, 'manifest.json MB', Math.round(fs.statSync(path.join(out, 'manifest.json')).size / 1e5) / 10)
  fs.rmSync(out, { recursive: true, force: true })
  await payload.destroy()
} finally {
  await database.drop()
}
process.exit(0)
