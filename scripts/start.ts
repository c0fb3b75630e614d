/**
 * `npm start`: the whole product on one machine.
 * Database (DATABASE_URL, or an embedded PostgreSQL under .data/) → migrations → demo seed
 * on an empty database → portal publish → admin on :3000, portal on :4321, and the publishing
 * worker that republishes the portal after each final approval or withdrawal.
 * Ctrl-C stops everything, the embedded database included.
 * NODE_ENV=production builds the admin once and serves the build (scripts/admin-server.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { DEMO_PASSWORD, users } from '../seed/data/users'
import { resolveDatabase } from './lib/database'
import { BIN, CMS_DIR, ROOT } from './lib/paths'
import { payloadNodeEnv, run, serve } from './lib/run'
import { supervise, type SupervisedProcess } from './lib/supervise'

const ADMIN_PORT = Number(process.env.PORT ?? 3000)
const PORTAL_PORT = Number(process.env.PORTAL_PORT ?? 4321)
const production = process.env.NODE_ENV === 'production'

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return true
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

/** The first demo account of each role: enough to try every part of the product. */
function onePerRole() {
  const seen = new Set<string>()
  return users.filter((u) => {
    const role = u.roles[0]
    if (seen.has(role)) return false
    seen.add(role)
    return true
  })
}

async function main() {
  const db = await resolveDatabase(ROOT, () => {})
  console.log(db.embedded ? `内置 PostgreSQL 已启动（数据目录 .data/postgres）` : '使用 DATABASE_URL 指定的数据库')
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    // The portal's 依申请公开 form posts to this admin; the admin's receipt page links back to the portal.
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? `http://localhost:${ADMIN_PORT}`,
    PORTAL_PORT: String(PORTAL_PORT),
    // A government intranet sends nothing to Vercel (Payload's own telemetry is off in its config).
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
  }
  const services: SupervisedProcess[] = []
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    for (const service of services) service.stop()
    await db.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  try {
    await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'prepare'], { env: payloadNodeEnv(env) })
    await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'build-site'], { env: payloadNodeEnv(env) })
    if (production && !fs.existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID'))) {
      await run('npm', ['run', 'build', '-w', '@gov/cms'], { cwd: ROOT, env })
    }
  } catch (error) {
    console.error((error as Error).message)
    await stop(1)
    return
  }

  // A process that crashes is started again (a database restart, a worker killed); one that
  // keeps crashing stops everything.
  const giveUp = (code: number) => void stop(code || 1)
  services.push(
    supervise('门户网站服务', () => serve(BIN('tsx'), [path.join(ROOT, 'scripts/serve-portal.ts')], { env, stdio: 'ignore' }), { onGiveUp: giveUp }),
    supervise('发布队列', () => serve(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts')], { env: payloadNodeEnv(env) }), { onGiveUp: giveUp }),
    // Next.js behind our own server: real client address, security headers (scripts/admin-server.ts).
    supervise('管理后台', () => serve(BIN('tsx'), [path.join(ROOT, 'scripts/admin-server.ts'), '--port', String(ADMIN_PORT)], { cwd: CMS_DIR, env }), {
      onGiveUp: giveUp,
    }),
  )

  if (!production) console.log('管理后台正在编译（首次约需 30–60 秒）…')
  const adminUp = await waitFor(`http://localhost:${ADMIN_PORT}/admin/login`, 180_000)
  console.log(`
  政府网站信息审核发布系统已启动${adminUp ? '' : '（管理后台仍在启动中）'}
  管理后台  http://localhost:${ADMIN_PORT}/admin
  门户网站  http://localhost:${PORTAL_PORT}
${
  production
    ? '  生产模式不创建演示账号：首次使用请在 /admin/create-first-user 注册管理员。'
    : `  演示账号（密码均为 ${DEMO_PASSWORD}），每个角色一个：\n${onePerRole()
        .map((u) => `    ${u.email.padEnd(28)} ${u.jobTitle ?? ''}`)
        .join('\n')}\n    各单位负责人 head.<单位>@demo.gov.cn、信息员 officer.<单位>@demo.gov.cn 等见 README。`
}
  按 Ctrl-C 停止。`)
}

main()
