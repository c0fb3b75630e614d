/**
 * Issue 12 §7: a fault never takes the product down or loses a publish. The publishing worker
 * runs here as `npm run worker` does (scripts/worker.ts, a process of its own) against this
 * file's database, and the database's connections are terminated under it
 * (pg_terminate_backend, as a database restart does): while it publishes and while it is idle.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stopBuilders } from '../cms/src/publishing/siteBuilder'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv } from '../scripts/lib/run'
import type { TestPayload } from './helpers/payload'
import { approveArticle, bootWithLivePortal, sqlOn } from './helpers/publishing'

let ctx: TestPayload
let payload: Payload
let yaowen: number
let worker: ChildProcess
let workerOutput = ''
let deadLog: number | string
let deadJob: number | string
let articleOfDeadWorker: number

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-resilience-'))
const live = path.join(tmp, 'current')
const page = (id: number | string) => path.join(live, 'articles', String(id), 'index.html')

/** Booting the worker, a publish and its search index take a while on a busy machine. */
const TEST_TIMEOUT = 360_000

const TERMINATE_OTHERS = 'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()'

const sql = <T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: unknown[] = []) => sqlOn<T>(ctx.databaseUrl, text, params)
const approve = (title: string) => approveArticle(payload, yaowen, title)

/** Waits for a condition the worker brings about; fails with the worker's output if it never does. */
async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(check).catch(() => false)) return
    if (worker.exitCode !== null || worker.signalCode !== null) break
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${what}：未等到（工作进程${worker.exitCode === null && worker.signalCode === null ? '仍在运行' : `已退出：${worker.exitCode ?? worker.signalCode}`}）\n${workerOutput.slice(-4000)}`)
}

const isAlive = () => worker.exitCode === null && worker.signalCode === null

const latestLogs = async () =>
  (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 20, depth: 0, overrideAccess: true })).docs

beforeAll(async () => {
  ;({ ctx, payload, yaowen } = await bootWithLivePortal(live))
  // From here on only the worker publishes.
  stopBuilders()

  // A worker died while publishing an approval: its job still marked as being processed, its 发布日志 entry 发布中.
  articleOfDeadWorker = await approve('工作进程中断时正在发布的稿件')
  const job = (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, depth: 0, overrideAccess: true })).docs[0]
  deadJob = job.id
  await sql(`update payload_jobs set processing = true, updated_at = now() - interval '1 hour' where id = $1`, [job.id])
  const started = new Date(Date.now() - 3_600_000).toISOString()
  deadLog = (await payload.create({ collection: 'publish-logs', overrideAccess: true, data: { status: 'running', trigger: '终审发布（进程被杀）', summary: '发布中', startedAt: started } })).id

  worker = spawn(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts')], {
    cwd: ROOT,
    env: payloadNodeEnv({ ...process.env, DATABASE_URL: ctx.databaseUrl, PORTAL_DIR: live, PUBLISH_BATCH_MS: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  worker.stdout!.on('data', (chunk) => (workerOutput += chunk))
  worker.stderr!.on('data', (chunk) => (workerOutput += chunk))
})

afterAll(async () => {
  if (worker && isAlive()) {
    const exited = new Promise((r) => worker.once('exit', r))
    worker.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
    if (isAlive()) worker.kill('SIGKILL')
  }
  await ctx?.close()
  // Retries: a search-index process the worker's exit ended may still be letting go of its files.
  for (const dir of [tmp, `${live}.releases`, `${live}.work`]) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
})

describe('the publishing worker through database faults', () => {
  it('resolves at start a publish a dead worker left running: marked failed (工作进程中断) and published again', async () => {
    // The pages are live first; the log is finished after the search index.
    await eventually('被中断的发布重新发布完成', async () => (await latestLogs()).some((l) => l.status === 'succeeded' && l.trigger === '重新发布（工作进程中断）'))
    expect(fs.existsSync(page(articleOfDeadWorker))).toBe(true)
    const log = await payload.findByID({ collection: 'publish-logs', id: deadLog, depth: 0, overrideAccess: true })
    expect(log.status).toBe('failed')
    expect(log.error).toContain('工作进程中断')
    expect(log.finishedAt).toBeTruthy()
    const job = await payload.findByID({ collection: 'payload-jobs', id: deadJob, depth: 0, overrideAccess: true })
    expect(job.processing).toBe(false)
    expect(job.hasError).toBe(true)
  }, TEST_TIMEOUT)

  it('a publish cut off by terminated connections is marked failed with the reason, retried, and the approval goes live', async () => {
    // Hold the export's first read (the site settings) so the connections are cut mid-publish.
    const blocker = new pg.Client({ connectionString: ctx.databaseUrl })
    await blocker.connect()
    try {
      await blocker.query('begin')
      await blocker.query('lock table site_settings in access exclusive mode')
      const id = await approve('数据库连接中断时正在发布的稿件')
      const itsPublish = (l: { trigger?: string | null }) => l.trigger === `终审发布：文章 ${id}`
      await eventually('发布因锁而等待', async () => {
        const { rows } = await blocker.query("select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()")
        return rows.length > 0
      })
      await blocker.query(TERMINATE_OTHERS)
      await eventually('发布日志记录失败原因', async () =>
        (await latestLogs()).some((l) => itsPublish(l) && l.status === 'failed' && String(l.error).includes('数据库连接中断')),
      )
      expect(isAlive()).toBe(true)
      await blocker.query('rollback')
      await eventually('重试后发布成功', async () => (await latestLogs()).some((l) => itsPublish(l) && l.status === 'succeeded'))
      expect(fs.existsSync(page(id))).toBe(true)
      expect(isAlive()).toBe(true)
    } finally {
      await blocker.end().catch(() => undefined)
    }
  }, TEST_TIMEOUT)

  it('survives terminated connections while idle and publishes the next approval', async () => {
    await eventually('工作进程空闲', async () => (await latestLogs()).every((l) => l.status !== 'running' || l.id === deadLog))
    await sql(TERMINATE_OTHERS)
    // The server's notice of termination reaches idle connections at once; give the worker a few polls.
    await new Promise((r) => setTimeout(r, 5000))
    expect(isAlive()).toBe(true)
    const id = await approve('数据库重启之后审核通过的稿件')
    await eventually('下一次终审的稿件上线', () => fs.existsSync(page(id)))
    expect(isAlive()).toBe(true)
  }, TEST_TIMEOUT)
})

