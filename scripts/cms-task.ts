/**
 * Runs one CMS task against the product's database (DATABASE_URL, or the embedded server):
 *   migrate     apply committed migrations
 *   seed        load the demo county (idempotent)
 *   export      write the portal's content snapshot
 *   prepare     migrate, seed an empty database
 *   build-site  publish the portal now: export, build a new release with Astro, swap it live
 *   audit-verify walk the audit chain and name the first broken record (exit 1 if any)
 *   audit-archive <yyyy-mm-dd> [dir]  archive audit records before that day (at least 180 days old)
 *   reset-password <email>  give the account a one-time password, printed once, unlock it; it must be changed at login
 *   media-to-s3  copy the media files on the local disk (MEDIA_DIR) into the S3 bucket (S3_BUCKET …)
 */
import path from 'node:path'

import { resolveDatabase } from './lib/database'
import { BIN, contentDir, ROOT } from './lib/paths'
import { payloadNodeEnv, run } from './lib/run'

const TASKS = ['migrate', 'seed', 'export', 'prepare', 'build-site', 'audit-verify', 'audit-archive', 'reset-password', 'media-to-s3'] as const
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
      if (task === 'migrate' || task === 'prepare') {
        await payload.db.migrate()
        // Booted before the tables existed, a process that seeds next loads the working-day calendar
        // now. A bare migration leaves the calendar to the first boot (a migrated template stays
        // without records, its audit chain empty).
        const { calendarYears, startCalendar } = await import('../cms/src/calendar/chinaCalendar')
        if (task === 'prepare' && calendarYears().length === 0) await startCalendar(payload)
      }
      if (task === 'seed' || task === 'prepare') {
        const { seed } = await import('../seed')
        const empty = (await payload.count({ collection: 'units', overrideAccess: true })).totalDocs === 0
        if (task === 'seed' || empty) {
          await seed(payload, { demoPasswords: process.env.NODE_ENV !== 'production', log: console.log })
        }
      }
      if (task === 'export') {
        const { exportPortalContent } = await import('../cms/src/publishing/exportPortalContent')
        const manifest = await exportPortalContent(payload, contentDir())
        console.log(`门户内容已导出：${manifest.counts.articles} 篇已发布文章 → ${contentDir()}`)
      }
      if (task === 'build-site') {
        const { publishPortal } = await import('../cms/src/publishing/publishPortal')
        const result = await publishPortal(payload, { trigger: '手动发布', full: true })
        if (result.status === 'succeeded') console.log(`门户已发布：${result.pages} 篇文章，版本 ${result.release}`)
        else {
          console.error(result.status === 'skipped' ? '另一个发布任务正在进行，请稍后再试。' : `门户发布失败，网站保持原样：${result.error}`)
          code = 1
        }
      }
      if (task === 'audit-verify') {
        const { checkpointAuditChain, verifyAuditChain, workflowOptions } = await import('@gov/review-workflow')
        const { checked, broken, anchorsChecked, macChecked } = await verifyAuditChain(payload)
        if (broken) {
          console.error(`审计链在第 ${broken.seq} 条记录处断裂：${broken.reason}。此前 ${checked} 条记录完好。`)
          if (/检查点/.test(broken.reason)) {
            const { auditAnchorFile } = await import('../cms/src/lib/auditProtection')
            console.error(`库外检查点文件：${auditAnchorFile()}。若数据库是有意重建的（而非被篡改），请将该文件移走留存后再校验。`)
          }
          code = 1
        } else {
          // A verified head becomes a checkpoint too.
          await checkpointAuditChain(payload, workflowOptions(payload))
          console.log(
            `审计链完整：共 ${checked} 条记录，逐条校验摘要${macChecked ? '与密钥签名' : ''}通过，与 ${anchorsChecked} 个库外检查点一致。`,
          )
        }
      }
      if (task === 'audit-archive') {
        const day = process.argv[3] ?? ''
        const dir = path.resolve(process.argv[4] ?? path.join(ROOT, '.data', 'audit-archive'))
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
          console.error('用法：npm run audit:archive -- 2026-05-01 [目录]（归档该日之前、且已满 180 天的审计记录）')
          code = 2
        } else {
          const { archiveAuditRecords, workflowOptions } = await import('@gov/review-workflow')
          const fs = await import('node:fs')
          const file = path.join(dir, `audit-before-${day}.jsonl`)
          const result = await archiveAuditRecords(payload, workflowOptions(payload), {
            before: new Date(`${day}T00:00:00+08:00`),
            write: (jsonl, info) => {
              fs.mkdirSync(dir, { recursive: true })
              fs.writeFileSync(file, jsonl, { flag: 'wx' })
              fs.writeFileSync(`${file}.manifest.json`, JSON.stringify({ ...info, before: day, archivedAt: new Date().toISOString() }, null, 2))
            },
          }).catch((error: Error) => {
            console.error(error.message)
            code = 1
            return undefined
          })
          if (result === null) console.log(`${day} 之前没有审计记录，无需归档。`)
          if (result) console.log(`已归档第 ${result.firstSeq}–${result.lastSeq} 条审计记录（${result.count} 条）→ ${file}（SHA-256 ${result.sha256}），并从数据库移除。`)
        }
      }
      if (task === 'media-to-s3') {
        const { s3MediaSettings } = await import('../cms/src/lib/mediaStorage')
        const { copyMediaToBucket } = await import('../cms/src/collections/Media/copyMediaToBucket')
        const settings = s3MediaSettings()
        if (!settings) {
          console.error('没有设置 S3_BUCKET：请先按 docs/deployment.md 设置对象存储的环境变量。')
          code = 2
        } else {
          const fromDir = payload.collections.media.config.upload.staticDir ?? ''
          const report = await copyMediaToBucket(payload, settings, { fromDir })
          console.log(`媒体文件已复制到存储桶 ${settings.bucket}：新复制 ${report.copied} 个，已存在 ${report.present} 个。`)
          if (report.missing.length > 0) {
            console.error(`本机目录 ${fromDir} 中缺少 ${report.missing.length} 个文件：${report.missing.slice(0, 20).join('、')}`)
            code = 1
          }
        }
      }
      if (task === 'reset-password') {
        const email = process.argv[3]
        const found = email ? await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true }) : null
        if (!found?.docs[0]) {
          console.error(`找不到账号“${email ?? ''}”。用法：npm run user:reset-password -- 邮箱`)
          code = 2
        } else {
          const { issueOneTimePassword } = await import('../cms/src/auth/oneTimePassword')
          const password = await issueOneTimePassword(payload, found.docs[0].id)
          console.log(`已为 ${email} 生成一次性密码（只显示这一次；登录后须立即修改密码）：${password}`)
        }
      }
    } finally {
      await payload.destroy()
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
