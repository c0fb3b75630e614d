/**
 * GET /api/health: anonymous, no personal data, 200 when the database answers, its migrations
 * match the release, the publish queue moves, the portal last published successfully and the
 * search index follows the live pages; 503 naming what is wrong otherwise. And the first start
 * on an empty database says nothing alarming.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { runHealthChecks } from '../cms/src/health'
import { healthSettings } from '../cms/src/health/settings'
import type { HealthReport } from '../cms/src/health/types'
import { migrations } from '../cms/src/migrations'
import { adminQuery, databaseUrlFor } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv } from '../scripts/lib/run'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'

let ctx: TestPayload
let payload: Payload
let db: pg.Client
const rest = restClient(() => ctx)
const portal = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-health-'))
const live = path.join(portal, 'current')
const release = path.join(portal, 'current.releases', '2026-12-01T00-00-00-000Z')

async function health(): Promise<{ status: number; body: HealthReport; text: string }> {
  const response = await rest.get('/api/health')
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text) as HealthReport, text }
}

/** A live release as a publish leaves it: pages, manifest, a search index made from them. */
function writeRelease() {
  const site = path.join(release, 'site')
  fs.mkdirSync(path.join(site, 'search-index', '2026-x'), { recursive: true })
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>门户</title>')
  fs.writeFileSync(path.join(site, 'search-index', '2026-x', 'pagefind.js'), '')
  fs.writeFileSync(path.join(site, 'search-index', 'manifest.json'), JSON.stringify({ shards: [{ key: '2026', dir: '2026-x', pages: 1 }] }))
  fs.writeFileSync(path.join(release, 'manifest.json'), '{}')
  fs.writeFileSync(path.join(release, 'search-indexed'), '2026-12-01T00:00:00.000Z')
  fs.symlinkSync(site, live)
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000)

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.HEALTH_CACHE_MS = '0'
  writeRelease()
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  db = new pg.Client({ connectionString: ctx.databaseUrl })
  await db.connect()
  // Whatever the seed queued is not this file's business.
  await db.query('delete from payload_jobs')
  const finished = minutesAgo(5)
  await payload.create({
    collection: 'publish-logs',
    overrideAccess: true,
    data: { status: 'succeeded', trigger: '测试', summary: '测试发布', startedAt: minutesAgo(6).toISOString(), finishedAt: finished.toISOString() },
  })
})

afterAll(async () => {
  await db?.end()
  await ctx?.close()
  fs.rmSync(portal, { recursive: true, force: true })
})

describe('GET /api/health', () => {
  it('answers an anonymous caller 200 with every check when all is well', async () => {
    const { status, body } = await health()
    expect(status).toBe(200)
    expect(body.status).toBe('ok')
    expect(body.failing).toEqual([])
    expect(body.checks.database).toMatchObject({ status: 'ok', latencyMs: expect.any(Number) })
    expect(body.checks.migrations).toEqual({ status: 'ok', expected: migrations.length, applied: migrations.length, pending: [], unknown: [] })
    expect(body.checks.publishQueue).toMatchObject({ status: 'ok', length: 0, oldestAgeSeconds: null })
    expect(body.checks.lastPublish).toMatchObject({ status: 'ok', lastStatus: 'succeeded' })
    expect(Date.now() - Date.parse(body.checks.lastPublish.lastSuccessAt!)).toBeGreaterThanOrEqual(5 * 60_000)
    expect(body.checks.searchIndex).toMatchObject({ status: 'ok', upToDate: true, ageSeconds: expect.any(Number) })
    expect(Date.parse(body.checkedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('names a migration the database has not run, and one it has that this release does not know', async () => {
    const last = migrations.at(-1)!.name
    const removed = await db.query('delete from payload_migrations where name = $1 returning name, batch, created_at, updated_at', [last])
    try {
      const { status, body } = await health()
      expect(status).toBe(503)
      expect(body.failing).toEqual(['migrations'])
      expect(body.checks.migrations).toMatchObject({ status: 'fail', pending: [last], unknown: [] })
      expect(body.checks.migrations.detail).toContain('npm run migrate')
    } finally {
      const row = removed.rows[0]
      await db.query('insert into payload_migrations (name, batch, created_at, updated_at) values ($1, $2, $3, $4)', [row.name, row.batch, row.created_at, row.updated_at])
    }
    await db.query(`insert into payload_migrations (name, batch, created_at, updated_at) values ('29991231_000000_from_the_future', 99, now(), now())`)
    try {
      const { status, body } = await health()
      expect(status).toBe(503)
      expect(body.checks.migrations).toMatchObject({ status: 'fail', pending: [], unknown: ['29991231_000000_from_the_future'] })
    } finally {
      await db.query(`delete from payload_migrations where name = '29991231_000000_from_the_future'`)
    }
    expect((await health()).status).toBe(200)
  })

  it('counts queued publishes, and a publish job due for long fails the queue', async () => {
    const job = await payload.jobs.queue({ task: 'publishPortal', queue: 'publish', input: { trigger: '终审：县长王某某调研某某乡' } })
    const fresh = await health()
    expect(fresh.status).toBe(200)
    expect(fresh.body.checks.publishQueue).toMatchObject({ status: 'ok', length: 1, oldestAgeSeconds: expect.any(Number) })
    expect(fresh.body.checks.publishQueue.oldestAgeSeconds).toBeLessThan(60)

    // The worker is gone: the job has waited two hours.
    await db.query(`update payload_jobs set created_at = now() - interval '2 hours', updated_at = now() - interval '2 hours' where id = $1`, [job.id])
    const stuck = await health()
    expect(stuck.status).toBe(503)
    expect(stuck.body.failing).toEqual(['publishQueue'])
    expect(stuck.body.checks.publishQueue).toMatchObject({ status: 'fail', length: 1, maxAgeSeconds: 900 })
    expect(stuck.body.checks.publishQueue.oldestAgeSeconds).toBeGreaterThanOrEqual(7200)
    // What the job is about (a title naming a person) stays out of the answer.
    expect(stuck.text).not.toContain('王某某')

    // Batched or scheduled for later, a job is not late.
    await db.query(`update payload_jobs set wait_until = now() + interval '1 minute' where id = $1`, [job.id])
    expect((await health()).body.checks.publishQueue).toMatchObject({ status: 'ok', length: 1, oldestAgeSeconds: null })
    await db.query('delete from payload_jobs where id = $1', [job.id])
  })

  it('fails when the latest publish failed, until one succeeds again', async () => {
    const failed = await payload.create({
      collection: 'publish-logs',
      overrideAccess: true,
      data: { status: 'failed', trigger: '测试', summary: '发布失败', error: '构建失败', startedAt: minutesAgo(2).toISOString(), finishedAt: minutesAgo(1).toISOString() },
    })
    const { status, body } = await health()
    expect(status).toBe(503)
    expect(body.failing).toEqual(['lastPublish'])
    expect(body.checks.lastPublish).toMatchObject({ status: 'fail', lastStatus: 'failed', lastSuccessAt: expect.any(String) })
    await payload.delete({ collection: 'publish-logs', id: failed.id, overrideAccess: true })
    expect((await health()).status).toBe(200)
  })

  it('fails without a search index, or with one left behind the live pages for long', async () => {
    const link = path.join(release, 'site', 'search-index')
    fs.renameSync(link, `${link}.away`)
    try {
      const { status, body } = await health()
      expect(status).toBe(503)
      expect(body.failing).toEqual(['searchIndex'])
      expect(body.checks.searchIndex.detail).toBe('门户缺少搜索索引。')
    } finally {
      fs.renameSync(`${link}.away`, link)
    }

    // Pages went live 20 minutes ago, the index is from before them.
    const indexed = path.join(release, 'search-indexed')
    fs.utimesSync(indexed, minutesAgo(30), minutesAgo(30))
    fs.utimesSync(path.join(release, 'manifest.json'), minutesAgo(20), minutesAgo(20))
    const behind = await health()
    expect(behind.status).toBe(503)
    expect(behind.body.checks.searchIndex).toMatchObject({ status: 'fail', upToDate: false })
    // Behind for a moment only (phase two of a publish is running): fine.
    fs.utimesSync(path.join(release, 'manifest.json'), minutesAgo(1), minutesAgo(1))
    expect((await health()).body.checks.searchIndex).toMatchObject({ status: 'ok', upToDate: false })
    fs.utimesSync(indexed, new Date(), new Date())
    expect((await health()).status).toBe(200)
  })

  it('leaves a check out where HEALTH_SKIP says so (an admin node that does not see the portal files)', async () => {
    process.env.HEALTH_SKIP = 'searchIndex'
    process.env.PORTAL_DIR = path.join(portal, 'elsewhere')
    try {
      const { status, body } = await health()
      expect(status).toBe(200)
      expect(body.checks.searchIndex.status).toBe('skipped')
    } finally {
      delete process.env.HEALTH_SKIP
      process.env.PORTAL_DIR = live
    }
  })

  it('reports an unreachable or hanging database as such, without the error text', async () => {
    const settings = { ...healthSettings(), timeoutMs: 200 }
    const logged: string[] = []
    const broken = (query: () => Promise<unknown>) =>
      ({ db: { pool: { query } }, logger: { warn: (message: string) => logged.push(message) } }) as unknown as Payload
    const refused = await runHealthChecks(broken(() => Promise.reject(new Error('connect ECONNREFUSED 10.20.30.40:5432'))), settings)
    expect(refused).toMatchObject({ status: 'fail', failing: ['database'] })
    expect(refused.checks.migrations.status).toBe('skipped')
    expect(refused.checks.publishQueue.status).toBe('skipped')
    expect(JSON.stringify(refused)).not.toContain('10.20.30.40')
    expect(logged.join('\n')).toContain('ECONNREFUSED')

    const hanging = await runHealthChecks(broken(() => new Promise(() => {})), settings)
    expect(hanging.failing).toEqual(['database'])
    expect(hanging.checks.database.detail).toBe('检查超时。')
  })

  it('carries no personal data: no account, name, address, phone or server path', async () => {
    const { text, body } = await health()
    const users = await payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true })
    expect(users.docs.length).toBeGreaterThan(10)
    for (const user of users.docs as { email: string; name?: string | null }[]) {
      expect(text).not.toContain(user.email)
      if (user.name) expect(text).not.toContain(user.name)
    }
    expect(text).not.toMatch(/1[3-9]\d{9}/)
    expect(text).not.toContain(portal)
    expect(text).not.toContain('@')
    // Only these fields, all of them about the system.
    expect(Object.keys(body).sort()).toEqual(['checkedAt', 'checks', 'failing', 'status'])
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'lastPublish', 'migrations', 'publishQueue', 'searchIndex'])
  })
})

describe('the first start on an empty database', () => {
  it('migrates a fresh database without an error, a stack trace or a needless warning', async () => {
    const serverUrl = inject('serverUrl')
    // Named after the template, so the global teardown drops it should this test not.
    const name = `${inject('templateDatabase')}_first_start_${process.pid}`
    await adminQuery(serverUrl, `create database ${name}`)
    try {
      // What `npm start` runs first: boot Payload on the empty database, then migrate.
      const child = spawn(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'migrate'], {
        env: payloadNodeEnv({ ...process.env, DATABASE_URL: databaseUrlFor(serverUrl, name), NO_COLOR: '1' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      // eslint-disable-next-line no-control-regex
      const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')
      expect(code, output).toBe(0)
      expect(lines.some((l) => l.includes(`Migrated:  ${migrations.at(-1)!.name}`)), output).toBe(true)
      // A bare migration writes no calendar (the first boot does; `prepare` loads it before seeding).
      expect(lines.some((l) => l.includes('节假日安排')), output).toBe(false)
      // Payload's notice that mail goes to the console (no SMTP configured) is the one warning a demo start gives.
      const alarming = lines.filter((l) => /\b(WARN|ERROR|FATAL)\b|Error|^\s+at |does not exist/.test(l) && !/No email adapter provided/.test(l))
      expect(alarming, output).toEqual([])
    } finally {
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
    }
  })
})
