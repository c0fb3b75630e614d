/**
 * Backup and restore (等保 备份恢复), as an operator would drill it: publish the demo county,
 * `npm run backup`, lose everything (database dropped, uploads and portal deleted),
 * `npm run restore`, publish again — the database, the uploads and every portal file are what
 * they were. A damaged backup is refused, and so is overwriting data without --force. The
 * embedded server's backup (its data directory, copied online) is drilled on a scratch server.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishPortal } from '../cms/src/publishing/publishPortal'
import { createBackup, pruneBackups, restoreBackup, type BackupManifest } from '../scripts/lib/backup'
import { adminQuery, startEmbeddedPostgres } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { demoPhoto } from '../seed/images'
import { bootPayload, type TestPayload } from './helpers/payload'

let ctx: TestPayload
let payload: Payload
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-backup-'))
const live = path.join(tmp, 'current')
const backups = path.join(tmp, 'backups')

type Tree = Record<string, string>

/** sha256 of every file under `dir` (symbolic links by their target), by relative path. */
function tree(dir: string): Tree {
  const out: Tree = {}
  const walk = (relative: string) => {
    const full = path.join(dir, relative)
    const stat = fs.lstatSync(full)
    if (stat.isSymbolicLink()) out[relative] = `→ ${fs.readlinkSync(full)}`
    else if (stat.isDirectory()) for (const name of fs.readdirSync(full)) walk(relative ? `${relative}/${name}` : name)
    else out[relative] = crypto.createHash('sha256').update(new Uint8Array(fs.readFileSync(full))).digest('hex')
  }
  if (fs.existsSync(dir)) walk('')
  return out
}

/**
 * The live portal's files. The search index's bookkeeping (`search-index/state.json`) records
 * the pages' file dates, which a restore cannot keep; everything else must be as it was.
 */
function portalFiles(): Tree {
  return Object.fromEntries(Object.entries(tree(fs.realpathSync(live))).filter(([file]) => file !== 'search-index/state.json'))
}

/** Row count and a digest of the rows of every table, and every sequence's position. */
async function databaseState(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = await client.query(
      `select table_schema as s, table_name as t from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
    )
    const state: Record<string, string> = {}
    for (const { s, t } of tables.rows) {
      const { rows } = await client.query(`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as digest from "${s}"."${t}" x`)
      state[`${s}.${t}`] = `${rows[0].n} 行 ${rows[0].digest}`
    }
    const sequences = await client.query('select schemaname, sequencename, last_value from pg_sequences order by 1, 2')
    for (const row of sequences.rows) state[`序列 ${row.schemaname}.${row.sequencename}`] = String(row.last_value)
    return state
  } finally {
    await client.end()
  }
}

/** Runs `npm run backup` / `npm run restore` (the scripts themselves) with this file's environment. */
function cli(script: 'backup' | 'restore', args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN('tsx'), [path.join(ROOT, 'scripts', `${script}.ts`), ...args], { env: process.env, cwd: ROOT })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

const mediaDir = () => process.env.MEDIA_DIR!
const filesDir = () => process.env.SUBMISSION_FILES_DIR!

let before: { portal: Tree; releases: Tree; media: Tree; files: Tree; database: Record<string, string> }
let backupDir: string
let archive: string

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  const unit = (await payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0]
  const attachment = await demoPhoto(7)
  await payload.create({
    collection: 'submission-files',
    overrideAccess: true,
    data: { unit: unit.id },
    file: { data: attachment, mimetype: 'image/jpeg', name: 'chungeng.jpg', size: attachment.length },
  })
  const published = await publishPortal(payload, { trigger: '备份演练', full: true })
  expect(published.status, published.error).toBe('succeeded')
  before = {
    portal: portalFiles(),
    releases: tree(`${live}.releases`),
    media: tree(mediaDir()),
    files: tree(filesDir()),
    database: await databaseState(ctx.databaseUrl),
  }
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('backs up database, uploads and portal releases into one directory whose manifest names versions, migrations, rows and the sha256 of every file', async () => {
    // What there is to lose, or the drill proves little.
    expect(Object.keys(before.media).length).toBeGreaterThanOrEqual(4)
    expect(Object.keys(before.files)).toHaveLength(1)
    expect(Object.keys(before.portal).length).toBeGreaterThan(50)

    const result = await cli('backup', ['--dir', backups, '--keep', '3'])
    expect(result.code, result.output).toBe(0)
    backupDir = result.output.trim().split('\n').pop()!
    expect(path.dirname(backupDir)).toBe(backups)

    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest
    expect(manifest.database.method).toBe('pg_dump')
    expect(manifest.versions.postgres).toMatch(/^PostgreSQL \d+\.\d+/)
    expect(manifest.versions.dumpTool).toMatch(/^pg_dump \(PostgreSQL\) \d+/)
    expect(manifest.versions.payload).toBe('3.90.1')
    const client = new pg.Client({ connectionString: ctx.databaseUrl })
    await client.connect()
    const migrations = (await client.query(`select name from payload_migrations where name <> 'dev' order by id`)).rows.map((r) => r.name)
    await client.end()
    expect(migrations.length).toBeGreaterThan(3)
    expect(manifest.database.migrations).toEqual(migrations)
    expect(manifest.database.tables['public.articles']).toBe(Number(before.database['public.articles'].split(' ')[0]))

    // Every file in the backup is in the manifest with its own sha256, and nothing else is.
    const inBackup = tree(backupDir)
    delete inBackup['manifest.json']
    delete inBackup.SHA256SUMS
    const listed = Object.fromEntries(manifest.files.map((f) => [f.path, 'link' in f ? `→ ${f.link}` : f.sha256]))
    expect(listed).toEqual(inBackup)
    expect(Object.keys(listed)).toEqual(expect.arrayContaining(['database/gov.dump', 'submission-files/chungeng.jpg', ...Object.keys(before.media).map((f) => `media/${f}`)]))
    expect(manifest.portal.active).toBe(path.relative(fs.realpathSync(`${live}.releases`), fs.realpathSync(live)))
    expect(Object.keys(listed).filter((f) => f.startsWith('portal/releases/'))).toHaveLength(Object.keys(before.releases).length)

    // The same as one archive to copy off the machine; the drill below restores from it.
    const packed = await cli('backup', ['--dir', backups, '--archive', '--keep', '2'])
    expect(packed.code, packed.output).toBe(0)
    archive = packed.output.trim().split('\n').pop()!
    expect(archive).toMatch(/gov-backup-[\dTZ-]+\.tar\.gz$/)
    expect(fs.readdirSync(backups).sort()).toEqual([path.basename(backupDir), path.basename(archive)])
  })

  it('keeps the newest N backups, directories and archives alike, and nothing else is touched', () => {
    const dir = path.join(tmp, 'keep')
    const names = ['gov-backup-2026-01-01T02-30-00-000Z', 'gov-backup-2026-01-02T02-30-00-000Z.tar.gz', 'gov-backup-2026-01-03T02-30-00-000Z', 'gov-backup-2026-01-04T02-30-00-000Z.tar.gz']
    fs.mkdirSync(dir)
    for (const name of names) name.endsWith('.tar.gz') ? fs.writeFileSync(path.join(dir, name), '') : fs.mkdirSync(path.join(dir, name))
    fs.mkdirSync(path.join(dir, 'gov-backup-2026-01-05T02-30-00-000Z.partial'))
    fs.writeFileSync(path.join(dir, '说明.txt'), '')
    pruneBackups(dir, 2)
    expect(fs.readdirSync(dir).sort()).toEqual([names[2], names[3], 'gov-backup-2026-01-05T02-30-00-000Z.partial', '说明.txt'].sort())
  })

  it('refuses to overwrite a database that holds data, unless --force', async () => {
    const result = await cli('restore', [backupDir])
    expect(result.code).toBe(1)
    expect(result.output).toContain('目标中已有数据，拒绝覆盖')
    expect(result.output).toMatch(/数据库 \S+ 已有 \d+ 张表/)
    expect(result.output).toContain('--force')
    expect(await databaseState(ctx.databaseUrl)).toEqual(before.database)
  })

  it('refuses a damaged backup, with a Chinese message naming what is wrong, and touches nothing', async () => {
    const damaged = path.join(tmp, 'damaged')
    fs.cpSync(backupDir, damaged, { recursive: true, verbatimSymlinks: true })
    const photo = Object.keys(before.media)[0]
    const bytes = new Uint8Array(fs.readFileSync(path.join(damaged, 'media', photo)))
    bytes[bytes.length >> 1] ^= 0xff // same size, one byte flipped
    fs.writeFileSync(path.join(damaged, 'media', photo), bytes)
    fs.rmSync(path.join(damaged, 'submission-files', 'chungeng.jpg'))
    const result = await cli('restore', [damaged, '--force'])
    expect(result.code).toBe(1)
    expect(result.output).toContain('备份已损坏，拒绝恢复（2 处与清单不符）')
    expect(result.output).toContain(`media/${photo}：SHA-256 校验值不符`)
    expect(result.output).toContain('submission-files/chungeng.jpg：文件缺失')
    expect(await databaseState(ctx.databaseUrl)).toEqual(before.database)
    expect(tree(mediaDir())).toEqual(before.media)

    // A truncated dump, and a manifest that is not one, are refused the same way.
    fs.cpSync(backupDir, damaged, { recursive: true, force: true, verbatimSymlinks: true })
    fs.truncateSync(path.join(damaged, 'database', 'gov.dump'), 100)
    expect((await cli('restore', [damaged, '--force'])).output).toMatch(/database\/gov\.dump：大小不符（应为 \d+ 字节，实为 100 字节）/)
    fs.writeFileSync(path.join(damaged, 'manifest.json'), '{"format":')
    expect((await cli('restore', [damaged, '--force'])).output).toContain('备份清单 manifest.json 缺失或无法读取')
  })

  it('drill: everything lost, restored, published again — database, uploads and every portal file as before', async () => {
    // The database is dropped under Payload's pool on purpose: its last connections end with an expected error.
    ;(payload.db as unknown as { pool: pg.Pool }).pool.on('error', () => {})
    await ctx.close()
    // The loss: the database dropped and created empty, uploads and the portal deleted.
    const name = new URL(ctx.databaseUrl).pathname.slice(1)
    const server = ctx.databaseUrl.replace(/\/[^/]+$/, '/postgres')
    await adminQuery(server, `drop database ${name} with (force)`)
    await adminQuery(server, `create database ${name}`)
    for (const dir of [mediaDir(), filesDir()]) fs.rmSync(dir, { recursive: true, force: true })
    for (const dir of [live, `${live}.releases`, `${live}.work`]) fs.rmSync(dir, { recursive: true, force: true })

    const result = await cli('restore', [archive])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('恢复完成')

    expect(await databaseState(ctx.databaseUrl)).toEqual(before.database)
    expect(tree(mediaDir())).toEqual(before.media)
    expect(tree(filesDir())).toEqual(before.files)
    expect(tree(`${live}.releases`)).toEqual(before.releases)
    expect(portalFiles()).toEqual(before.portal)

    // The product runs on what came back: the restored portal matches the restored database,
    // and a full publish from it writes every file as it was.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/src/payload.config')
    payload = await getPayload({ config, key: `${name}_restored` })
    try {
      expect(await publishPortal(payload, { trigger: '恢复后发布' })).toMatchObject({ status: 'succeeded', mode: 'unchanged' })
      const restoredRelease = fs.realpathSync(live)
      const full = await publishPortal(payload, { trigger: '恢复后全量发布', full: true })
      expect(full.status, full.error).toBe('succeeded')
      expect(fs.realpathSync(live)).not.toBe(restoredRelease)
      expect(portalFiles()).toEqual(before.portal)
    } finally {
      await payload.destroy()
    }
  })
})

describe('the embedded database (no DATABASE_URL): its data directory, copied online', () => {
  const saved = { ...process.env }
  const root = path.join(tmp, 'embedded')
  const dataDir = path.join(root, 'postgres')
  const mediaOnly = path.join(root, 'media')

  beforeAll(() => {
    // PostgreSQL runs as the `postgres` user when the tests run as root: it must reach the data directory.
    fs.chmodSync(tmp, 0o755)
    delete process.env.DATABASE_URL
    process.env.MEDIA_DIR = mediaOnly
    process.env.SUBMISSION_FILES_DIR = path.join(root, 'files')
    process.env.PORTAL_DIR = path.join(root, 'current')
    fs.mkdirSync(mediaOnly, { recursive: true })
    fs.writeFileSync(path.join(mediaOnly, '通知.txt'), '示范县人民政府')
  })
  afterAll(() => {
    process.env = saved
  })

  it('backs up the running server, refuses to restore while it runs, and restores the data directory once it is stopped', async () => {
    const server = await startEmbeddedPostgres({ dataDir, database: 'gov' })
    let stopped = false
    try {
      const client = new pg.Client({ connectionString: server.url })
      await client.connect()
      await client.query('create table notices (id serial primary key, title text)')
      await client.query(`insert into notices (title) select '通知 ' || n from generate_series(1, 500) n`)
      await client.end()

      const made = await createBackup({ dir: path.join(root, 'backups'), embeddedDir: dataDir })
      const manifest = JSON.parse(fs.readFileSync(path.join(made, 'manifest.json'), 'utf8')) as BackupManifest
      expect(manifest.database).toMatchObject({ method: 'data-directory', serverMajor: 18, tables: { 'public.notices': 500 } })
      expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['database/cluster/backup_label', 'database/cluster/PG_VERSION', 'media/通知.txt']))

      await expect(restoreBackup(made, { embeddedDir: dataDir, force: true })).rejects.toThrow(/内置数据库正在运行/)
      await server.stop()
      stopped = true
      await expect(restoreBackup(made, { embeddedDir: dataDir })).rejects.toThrow(/内置数据库（.+）已有 1 张表/)

      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.rmSync(mediaOnly, { recursive: true, force: true })
      await restoreBackup(made, { embeddedDir: dataDir })
      expect(fs.readFileSync(path.join(mediaOnly, '通知.txt'), 'utf8')).toBe('示范县人民政府')
      const again = await startEmbeddedPostgres({ dataDir, database: 'gov' })
      try {
        const check = new pg.Client({ connectionString: again.url })
        await check.connect()
        const { rows } = await check.query(`select count(*)::int as n, max(title) as last from notices`)
        await check.end()
        expect(rows[0]).toEqual({ n: 500, last: '通知 99' })
      } finally {
        await again.stop()
      }
    } finally {
      if (!stopped) await server.stop()
    }
  })
})
