/**
 * Several publishing workers on one database. Two queue runners polling at the same moment: one
 * runs the waiting publish, the other finds the queue taken. Two workers (scripts/worker.ts,
 * processes of their own, as `npm run worker` runs on two nodes) started together on approvals
 * already queued: one publish, logged once, nothing queued twice. The worker holding the publish
 * lock is killed mid-publish (SIGKILL to its process group, as a node dies) and the other one
 * marks it interrupted, publishes again, and the approval goes live.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runPublishQueue } from '../cms/src/publishing/runPublishQueue'
import { stopBuilders } from '../cms/src/publishing/siteBuilder'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv } from '../scripts/lib/run'
import type { TestPayload } from './helpers/payload'
import { approveArticle, bootWithLivePortal, sqlOn } from './helpers/publishing'

type Worker = { name: string; process: ChildProcess; output: string }

let ctx: TestPayload
let payload: Payload
let yaowen: number
const workers: Worker[] = []
let startedAt = ''

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-workers-'))
const live = path.join(tmp, 'current')
const page = (id: number | string) => path.join(live, 'articles', String(id), 'index.html')
const TEST_TIMEOUT = 420_000

const alive = (w: Worker) => w.process.exitCode === null && w.process.signalCode === null
const outputs = () => workers.map((w) => `--- ${w.name} ---\n${w.output.slice(-2500)}`).join('\n')

const sql = <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []) => sqlOn<T>(ctx.databaseUrl, text, params)
const approve = (title: string) => approveArticle(payload, yaowen, title)

async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(check).catch(() => false)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  const sessions = await sql("select application_name, state, wait_event_type, left(query, 100) as query from pg_stat_activity where datname = current_database()").catch(() => [])
  throw new Error(`${what}：未等到\n${outputs()}\n${JSON.stringify(sessions, null, 1)}`)
}

/** A worker whose database sessions carry its name, so the one holding a lock can be told apart. */
function startWorker(name: string): Worker {
  const url = new URL(ctx.databaseUrl)
  url.searchParams.set('application_name', name)
  const child = spawn(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts')], {
    cwd: ROOT,
    env: payloadNodeEnv({ ...process.env, DATABASE_URL: url.toString(), PGAPPNAME: name, PORTAL_DIR: live, PUBLISH_BATCH_MS: '0', PUBLISH_SWEEP_MS: '5000' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // tsx runs the script in a child process: its own process group, so a kill reaches both.
    detached: true,
  })
  const worker: Worker = { name, process: child, output: '' }
  child.stdout!.on('data', (chunk) => (worker.output += chunk))
  child.stderr!.on('data', (chunk) => (worker.output += chunk))
  workers.push(worker)
  return worker
}

/** The worker whose session holds the named advisory lock, if any. */
async function holderOf(lock: string): Promise<Worker | undefined> {
  const rows = await sql<{ application_name: string }>(
    `select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
     where l.locktype = 'advisory' and l.granted and l.objid = (hashtext($1)::bigint & 4294967295)::oid`,
    [lock],
  )
  return workers.find((w) => w.name === rows[0]?.application_name)
}

const logsSince = async () =>
  (await payload.find({ collection: 'publish-logs', where: { startedAt: { greater_than_equal: startedAt } }, sort: 'startedAt', pagination: false, depth: 0, overrideAccess: true })).docs

const publishJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs

beforeAll(async () => {
  ;({ ctx, payload, yaowen } = await bootWithLivePortal(live))
  // From here on only the runners and workers publish.
  stopBuilders()
}, TEST_TIMEOUT)

afterAll(async () => {
  await Promise.all(
    workers.filter(alive).map(async (w) => {
      const exited = new Promise((r) => w.process.once('exit', r))
      w.process.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      if (alive(w)) process.kill(-w.process.pid!, 'SIGKILL')
    }),
  )
  await ctx?.close()
  for (const dir of [tmp, `${live}.releases`, `${live}.work`]) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
})

describe('two queue runners polling at the same moment', () => {
  it('claim a waiting publish once: one runs it, the other finds the queue taken', async () => {
    startedAt = new Date().toISOString()
    const id = await approve('两个队列轮询同时领取的稿件')
    const [first, second] = await Promise.all([runPublishQueue(payload), runPublishQueue(payload)])
    stopBuilders()
    expect([first.locked, second.locked].sort()).toEqual([false, true])
    // One publish, and no second one queued by a runner that claimed the same job and found the publisher busy.
    expect(await publishJobs()).toEqual([])
    expect((await logsSince()).map((l) => [l.trigger, l.status])).toEqual([[`终审发布：文章 ${id}`, 'succeeded']])
  }, TEST_TIMEOUT)
})

describe('two publishing workers on one database', () => {
  it('publish approvals queued before they start one at a time, and run every job exactly once', async () => {
    startedAt = new Date().toISOString()
    const ids = [await approve('两个发布进程：第一篇'), await approve('两个发布进程：第二篇'), await approve('两个发布进程：第三篇')]
    // One publish is queued for the three (a waiting publish takes every later change with it).
    expect((await publishJobs()).length).toBe(1)
    // Both start together and find the same job waiting: the moment a claim could be doubled.
    startWorker('worker-a')
    startWorker('worker-b')
    await eventually('三篇稿件上线、队列清空', async () => ids.every((id) => fs.existsSync(page(id))) && (await publishJobs()).length === 0)
    expect(workers.every(alive)).toBe(true)

    // The job ran once: one publish, logged once, and no second publish queued by a worker that
    // claimed the same job and found the publisher busy (finished jobs are deleted).
    expect(await publishJobs()).toEqual([])
    const logs = await logsSince()
    expect(logs.map((l) => [l.trigger, l.status])).toEqual([[`终审发布：文章 ${ids[0]}`, 'succeeded']])
  }, TEST_TIMEOUT)

  it('a worker killed mid-publish: the other marks it interrupted, publishes again, and the approval goes live', async () => {
    // The publish waits 3 s for more approvals; meanwhile the site settings (the export's first
    // read; the 到期下线 task on the same queue never reads them) are locked, so the publisher —
    // its 发布日志 entry written, the publish lock held — is surely stuck mid-export when killed.
    const blocker = new pg.Client({ connectionString: ctx.databaseUrl })
    await blocker.connect()
    let killed: Worker | undefined
    let id = 0
    try {
      process.env.PUBLISH_BATCH_MS = '3000'
      id = await approve('发布进程被杀时正在发布的稿件')
      process.env.PUBLISH_BATCH_MS = '0'
      await blocker.query('begin')
      await blocker.query('lock table site_settings in access exclusive mode')
      await eventually('发布开始并等待', async () => {
        // Asked on a connection of its own: inside the blocker's transaction pg_stat_activity is a snapshot.
        const waiting = await sql("select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
        return waiting.length > 0 && (await holderOf('gov-portal-publish')) !== undefined
      })
      killed = await holderOf('gov-portal-publish')
      process.kill(-killed!.process.pid!, 'SIGKILL') // the whole worker, as a node dies
      await eventually('被杀的进程退出', () => !alive(killed!))
    } finally {
      process.env.PUBLISH_BATCH_MS = '0'
      await blocker.query('rollback').catch(() => undefined)
      await blocker.end().catch(() => undefined)
    }
    const survivor = workers.find((w) => w !== killed)!
    expect(alive(survivor)).toBe(true)

    const cutOff = async () => (await logsSince()).find((l) => l.trigger === `终审发布：文章 ${id}`)
    await eventually('被杀进程的发布记为中断', async () => (await cutOff())?.status === 'failed')
    expect((await cutOff())!.error).toContain('工作进程中断')
    await eventually('另一个进程重新发布成功', async () => (await logsSince()).some((l) => l.trigger === '重新发布（工作进程中断）' && l.status === 'succeeded'))
    expect(fs.existsSync(page(id))).toBe(true)
    // The killed worker's job is closed as failed (after its claim's grace period), not left claimed for ever.
    await eventually('被杀进程的任务已了结', async () => (await publishJobs()).every((j) => !j.processing))
    expect(alive(survivor)).toBe(true)
  }, TEST_TIMEOUT)
})
