/**
 * Production smoke test, run by CI after `npm test`: on a fresh database, in production mode,
 * migrate and seed (no demo accounts), build the portal and the admin, start the admin's server
 * (scripts/admin-server.ts over the `next build`), and check that /admin and /api/health answer
 * and that the portal holds a published article and not a draft. Prints the Node version it ran
 * on (CI runs it on the machine's Node and on Node 24).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { pageFolder, urls } from '@gov/portal-contract'

import { articles } from '../seed/data/articles'
import { DEMO_PASSWORD } from '../seed/data/users'
import { createScratchDatabase } from './lib/database'
import { BIN, CMS_DIR, ROOT } from './lib/paths'
import { run, serve } from './lib/run'

const PORT = 3100

function check(condition: unknown, message: string) {
  if (!condition) throw new Error(`冒烟测试失败：${message}`)
  console.log(`✓ ${message}`)
}

async function main() {
  console.log(`冒烟测试：Node.js ${process.version}`)
  const database = await createScratchDatabase('gov_smoke')
  fs.rmSync(path.join(ROOT, '.data', 'smoke-portal', 'audit-anchors.jsonl'), { force: true })
  const out = path.join(ROOT, '.data', 'smoke-portal', 'current')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PORTAL_DIR: out,
    // A fresh database each run: checkpoints of an earlier run's chain would not fit it.
    AUDIT_ANCHOR_FILE: path.join(ROOT, '.data', 'smoke-portal', 'audit-anchors.jsonl'),
  }

  // The README's commands, as an operator runs them.
  for (const script of ['migrate', 'seed', 'build:site']) await run('npm', ['run', '-s', script], { cwd: ROOT, env })
  // The publishes the seed's approvals queued, run by a worker as in production — not left to
  // age while the admin builds (on a busy machine past the health check's 15 minutes).
  await run('npm', ['run', '-s', 'worker', '--', '--once'], { cwd: ROOT, env })
  await run('npm', ['run', 'build', '-w', '@gov/cms'], { cwd: ROOT, env })

  const admin = serve(BIN('tsx'), [path.join(ROOT, 'scripts/admin-server.ts'), '--port', String(PORT)], { cwd: CMS_DIR, env, stdio: 'inherit' })
  try {
    const response = await waitForAdmin(`http://localhost:${PORT}/admin`)
    check(response.ok, `生产模式管理后台 /admin 应答 ${response.status}（${response.url}）`)
    const html = await response.text()
    check(/<html[^>]*lang="zh"/.test(html), '管理后台默认中文界面（html lang="zh"）')
    // Migrated, published, search index built, nothing stuck in the queue.
    const health = await fetch(`http://localhost:${PORT}/api/health`)
    const report = (await health.json()) as { status: string; failing: string[] }
    check(health.status === 200 && report.status === 'ok', `运行状态检查 /api/health 应答 ${health.status}${report.failing.length ? `，异常：${report.failing.join('、')}` : ''}`)

    const db = new pg.Client({ connectionString: env.DATABASE_URL })
    await db.connect()
    const idOf = async (title: string) =>
      (await db.query('select id from articles where title = $1', [title])).rows[0]?.id as number | undefined
    const published = articles.find((a) => a.status === 'published')!
    const draft = articles.find((a) => a.status === 'draft' && !a.classified)!
    const publishedId = await idOf(published.title)
    const draftId = await idOf(draft.title)
    const audit = (await db.query("select count(*)::int as n from audit_log where action = 'publish'")).rows[0].n
    await db.end()
    check(publishedId && fs.existsSync(path.join(out, pageFolder(urls.article(publishedId)), 'index.html')), `已发布文章“${published.title}”在门户中`)
    check(draftId && !fs.existsSync(path.join(out, pageFolder(urls.article(draftId)))), `草稿“${draft.title}”不在门户中`)
    check(audit > 0, `示例文章经审核流程发布（审计日志中 ${audit} 条发布记录）`)
    const login = await fetch(`http://localhost:${PORT}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'reviewer@demo.gov.cn', password: DEMO_PASSWORD }),
    })
    check(login.status === 401, `生产模式下演示密码无法登录（${login.status}）`)
    // Production bundles leave class names empty; a refusal must still reach the user in Chinese.
    const refused = await fetch(`http://localhost:${PORT}/api/users/change-password`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    const refusal = ((await refused.json()) as { errors?: { message: string }[] }).errors?.[0]?.message
    check(refused.status === 401 && refusal === '请先登录。', `生产模式下拒绝的原因以中文送达（${refused.status} ${refusal}）`)
  } finally {
    admin.kill('SIGTERM')
  }
  await database.drop()
}

async function waitForAdmin(url: string): Promise<Response> {
  const deadline = Date.now() + 60_000
  let last: unknown
  while (Date.now() < deadline) {
    try {
      return await fetch(url, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } })
    } catch (error) {
      last = error
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  throw new Error(`管理后台 60 秒内未启动：${String(last)}`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
