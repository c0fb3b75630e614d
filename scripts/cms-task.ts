/**
 * Runs one CMS task against the product's database (DATABASE_URL, or the embedded server):
 *   migrate     apply committed migrations
 *   seed        load the demo county (idempotent)
 *   export      write the portal's content snapshot
 *   prepare     migrate, seed an empty database, export
 *   build-site  export, then build the portal with Astro
 *   audit-verify walk the audit chain and name the first broken record (exit 1 if any)
 */
import { resolveDatabase } from './lib/database'
import { contentDir, ROOT, siteOutDir, SITE_DIR, BIN } from './lib/paths'
import { payloadNodeEnv, run } from './lib/run'

const TASKS = ['migrate', 'seed', 'export', 'prepare', 'build-site', 'audit-verify'] as const
type Task = (typeof TASKS)[number]

async function main() {
  const task = process.argv[2] as Task
  if (!TASKS.includes(task)) {
    console.error(`用法：cms-task <${TASKS.join('|')}>`)
    process.exit(2)
  }
  if (!(process.env.NODE_OPTIONS ?? '').includes('--conditions=production')) {
    // Lexical's Node entry can hang plain Node 20 processes; its production build does not.
    // The child has printed its own message; pass its exit code on.
    await run(BIN('tsx'), process.argv.slice(1), { env: payloadNodeEnv(process.env) }).catch((error: { exitCode?: number }) =>
      process.exit(error.exitCode ?? 1),
    )
    return
  }
  const db = await resolveDatabase(ROOT)
  process.env.DATABASE_URL = db.url
  let code = 0
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/src/payload.config')
    const payload = await getPayload({ config })
    try {
      if (task === 'migrate' || task === 'prepare') await payload.db.migrate()
      if (task === 'seed' || task === 'prepare') {
        const { seed } = await import('../seed')
        const empty = (await payload.count({ collection: 'units', overrideAccess: true })).totalDocs === 0
        if (task === 'seed' || empty) {
          await seed(payload, { demoPasswords: process.env.NODE_ENV !== 'production', log: console.log })
        }
      }
      if (task === 'export' || task === 'prepare' || task === 'build-site') {
        const { exportPortalContent } = await import('../cms/src/publishing/exportPortalContent')
        const manifest = await exportPortalContent(payload, contentDir())
        console.log(`门户内容已导出：${manifest.counts.articles} 篇已发布文章 → ${contentDir()}`)
      }
      if (task === 'audit-verify') {
        const { verifyAuditChain } = await import('@gov/review-workflow')
        const { checked, broken } = await verifyAuditChain(payload)
        if (broken) {
          console.error(`审计链在第 ${broken.seq} 条记录（id ${broken.id}）处断裂：${broken.reason}。此前 ${checked} 条记录完好。`)
          code = 1
        } else {
          console.log(`审计链完整：共 ${checked} 条记录，逐条校验摘要通过。`)
        }
      }
    } finally {
      await payload.destroy()
    }
    if (task === 'build-site') {
      await run(BIN('astro'), ['build', '--silent'], {
        cwd: SITE_DIR,
        env: { ...process.env, PORTAL_CONTENT_DIR: contentDir(), PORTAL_OUT_DIR: siteOutDir() },
      })
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    code = 1
  } finally {
    await db.stop()
  }
  process.exit(code)
}

main()
