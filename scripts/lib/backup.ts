/**
 * One backup = one directory (or its .tar.gz): the database, the uploaded files (media and
 * 报送附件) and the portal's releases, with manifest.json saying when and from what it was
 * made (versions, migrations, rows per table) and the size and SHA-256 of every file in it.
 * Restoring checks every file against the manifest before it changes anything, and refuses
 * to overwrite a database or folder that holds data unless told to (`force`).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { auditAnchorFile } from '../../cms/src/lib/auditProtection'
import { s3MediaSettings } from '../../cms/src/lib/mediaStorage'
import { backupCluster, embeddedDataDir, embeddedTableCount, openEmbedded, restoreCluster, runningEmbedded } from './backupCluster'
import { countTables, type DatabaseFacts, dumpDatabase, recreateDatabase, restoreDump } from './backupDatabase'
import { checkTree, copyTree, emptyDirectory, type FileEntry, hasEntries, listTree, sha256File } from './backupFiles'
import { ensureDatabase, freePort, startEmbeddedPostgres } from './database'
import { ROOT } from './paths'

export const BACKUP_FORMAT = 'gov-backup/1'
const MANIFEST = 'manifest.json'
const SUMS = 'SHA256SUMS'
const DUMP = 'database/gov.dump'
const CLUSTER = 'database/cluster'
/** Same lock as the publisher's (cms/src/publishing/publishPortal.ts): no publish changes the portal while it is copied. */
const PUBLISH_LOCK = "hashtext('gov-portal-publish')"

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  host: string
  versions: { app: string; commit: string | null; node: string; payload: string; postgres: string; dumpTool: string | null }
  database: DatabaseFacts & {
    /** pg_dump: an archive of the database; data-directory: the embedded server's whole data directory. */
    method: 'pg_dump' | 'data-directory'
    toolMajor: number | null
  }
  sources: { media: string; submissionFiles: string; portal: string }
  portal: {
    /** The live link's target, relative to the releases folder (e.g. "2026-…/site"); null before the first publish. */
    active: string | null
    releases: string[]
  }
  files: FileEntry[]
}

/** Where the product keeps its files: the same variables and defaults the CMS and the publisher use. */
export function dataLocations() {
  const portal = path.resolve(process.env.PORTAL_DIR ?? path.join(ROOT, 'site', 'current'))
  return {
    media: path.resolve(process.env.MEDIA_DIR ?? path.join(ROOT, 'cms', 'media')),
    submissionFiles: path.resolve(process.env.SUBMISSION_FILES_DIR ?? path.join(ROOT, 'cms', 'submission-files')),
    messageFiles: path.resolve(process.env.MESSAGE_FILES_DIR ?? path.join(ROOT, 'cms', 'message-files')),
    portal,
    releases: `${portal}.releases`,
    /** The publisher's working folder (snapshot, caches): rebuilt by the next publish, not backed up. */
    work: `${portal}.work`,
  }
}

function versions() {
  const json = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }
  let commit: string | null = null
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // not a git checkout
  }
  return {
    app: json(path.join(ROOT, 'package.json')).version,
    commit,
    node: process.version,
    payload: json(path.join(ROOT, 'node_modules', 'payload', 'package.json')).version,
  }
}

async function withPublishLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`select pg_advisory_lock(${PUBLISH_LOCK})`)
    return await work()
  } finally {
    await client.end()
  }
}

/** Releases worth keeping: complete ones (the publisher writes manifest.json last) and the live one. */
function portalReleases(releases: string, activeRelease: string | null): string[] {
  const names = fs.existsSync(releases) ? fs.readdirSync(releases).sort() : []
  return names.filter((name) => name === activeRelease || fs.existsSync(path.join(releases, name, 'manifest.json')))
}

export type BackupOptions = {
  dir: string
  keep?: number
  archive?: boolean
  log?: (line: string) => void
  /** The embedded server's data directory (default .data/postgres, as npm start uses), when DATABASE_URL is not set. */
  embeddedDir?: string
}

/** Makes a backup under `dir`; returns its path (a directory, or a .tar.gz with `archive`). */
export async function createBackup({ dir, keep, archive = false, log = () => {}, embeddedDir = embeddedDataDir(ROOT) }: BackupOptions): Promise<string> {
  const where = dataLocations()
  const createdAt = new Date()
  const name = `gov-backup-${createdAt.toISOString().replace(/[:.]/g, '-')}`
  const partial = path.join(dir, `${name}.partial`)
  const final = path.join(dir, name)
  // Password hashes and citizens' personal data are in it: readable by this user only.
  fs.mkdirSync(dir, { recursive: true })
  fs.mkdirSync(partial, { mode: 0o700 })
  const embedded = !process.env.DATABASE_URL
  const db = embedded ? await openEmbedded(embeddedDir) : { url: process.env.DATABASE_URL!, stop: async () => {} }
  try {
    let database: BackupManifest['database']
    let dumpTool: string | null = null
    fs.mkdirSync(path.join(partial, 'database'))
    if (embedded) {
      log('备份内置数据库（整个数据目录）…')
      database = { ...(await backupCluster(db.url, embeddedDir, path.join(partial, CLUSTER))), method: 'data-directory', toolMajor: null }
    } else {
      log('用 pg_dump 备份数据库…')
      const dumped = await dumpDatabase(db.url, path.join(partial, DUMP))
      const { tool, toolMajor, ...facts } = dumped
      dumpTool = tool
      database = { ...facts, method: 'pg_dump', toolMajor }
    }
    // After the database: a file uploaded meanwhile is at worst one too many, never one missing.
    log('复制上传文件…')
    // Media kept in an S3 bucket are not in this backup: the bucket is backed up on its own side (docs/backup.md).
    const bucket = s3MediaSettings()
    if (bucket) log(`媒体文件在对象存储（${bucket.endpoint ?? 'AWS'} 存储桶 ${bucket.bucket}${bucket.prefix ? `/${bucket.prefix}` : ''}），不在本备份中：请按 docs/backup.md 另行备份存储桶。`)
    await copyTree(where.media, path.join(partial, 'media'))
    await copyTree(where.submissionFiles, path.join(partial, 'submission-files'))
    await copyTree(where.messageFiles, path.join(partial, 'message-files'))
    log('复制门户网站版本…')
    const portal = await withPublishLock(db.url, async () => {
      const target = fs.existsSync(where.portal) ? fs.realpathSync(where.portal) : null
      const realReleases = fs.existsSync(where.releases) ? fs.realpathSync(where.releases) : where.releases
      const active = target && target.startsWith(`${realReleases}${path.sep}`) ? path.relative(realReleases, target) : null
      if (target && !active) throw new Error(`门户目录 ${where.portal} 不是指向 ${where.releases} 中某个版本的链接，无法备份。`)
      const releases = portalReleases(where.releases, active?.split(path.sep)[0] ?? null)
      for (const release of releases) await copyTree(path.join(where.releases, release), path.join(partial, 'portal', 'releases', release))
      return { active: active?.split(path.sep).join('/') ?? null, releases }
    })

    const files = (await listTree(partial, '')).filter((entry) => entry.path !== MANIFEST && entry.path !== SUMS)
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: createdAt.toISOString(),
      host: os.hostname(),
      versions: { ...versions(), postgres: database.server, dumpTool },
      database,
      sources: { media: bucket ? `s3://${bucket.bucket}/${bucket.prefix}` : where.media, submissionFiles: where.submissionFiles, portal: where.portal },
      portal,
      files,
    }
    fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    // The same sums in sha256sum's format, so a copy kept elsewhere can be checked with `sha256sum -c SHA256SUMS`.
    const sums = [{ path: MANIFEST, sha256: await sha256File(path.join(partial, MANIFEST)) }, ...files.filter((f) => 'sha256' in f)]
    fs.writeFileSync(path.join(partial, SUMS), sums.map((f) => `${(f as { sha256: string }).sha256}  ${f.path}\n`).join(''))
    fs.renameSync(partial, final)
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  } finally {
    await db.stop()
  }
  let result = final
  if (archive) {
    execFileSync('tar', ['-czf', `${final}.tar.gz`, '-C', dir, name])
    fs.chmodSync(`${final}.tar.gz`, 0o600)
    fs.rmSync(final, { recursive: true, force: true })
    result = `${final}.tar.gz`
  }
  if (keep) pruneBackups(dir, keep, log)
  return result
}

/** Keeps the newest `keep` complete backups in `dir` (directories and archives alike). */
export function pruneBackups(dir: string, keep: number, log: (line: string) => void = () => {}): void {
  const backups = fs
    .readdirSync(dir)
    .filter((name) => /^gov-backup-[\dTZ-]+(\.tar\.gz)?$/.test(name))
    .sort()
    .reverse()
  for (const name of backups.slice(keep)) {
    fs.rmSync(path.join(dir, name), { recursive: true, force: true })
    log(`已删除旧备份 ${name}`)
  }
}

export class RestoreRefused extends Error {}

/** Reads and checks a backup: every file present, unaltered and named in the manifest. */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(backupDir, MANIFEST), 'utf8')) as BackupManifest
  } catch {
    throw new RestoreRefused(`备份清单 ${MANIFEST} 缺失或无法读取：${backupDir} 不是完整的备份，或已损坏。拒绝恢复。`)
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files)) {
    throw new RestoreRefused(`${backupDir} 的清单不是本系统的备份格式（${BACKUP_FORMAT}）。拒绝恢复。`)
  }
  const problems = await checkTree(backupDir, manifest.files, [MANIFEST, SUMS])
  const sums = fs.existsSync(path.join(backupDir, SUMS)) ? fs.readFileSync(path.join(backupDir, SUMS), 'utf8') : ''
  const manifestSum = /^([0-9a-f]{64}) {2}manifest\.json$/m.exec(sums)?.[1]
  if (manifestSum && manifestSum !== (await sha256File(path.join(backupDir, MANIFEST)))) problems.unshift(`${MANIFEST}：SHA-256 校验值与 ${SUMS} 不符`)
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`)
    if (problems.length > 20) shown.push(`  - ……另有 ${problems.length - 20} 处`)
    throw new RestoreRefused(`备份已损坏，拒绝恢复（${problems.length} 处与清单不符）：\n${shown.join('\n')}`)
  }
  return manifest
}

/** A .tar.gz / .tar backup is unpacked beside itself first; returns the backup directory and a clean-up. */
function openBackup(input: string): { dir: string; cleanUp: () => void } {
  const resolved = path.resolve(input)
  if (!fs.existsSync(resolved)) throw new RestoreRefused(`找不到备份 ${resolved}。`)
  if (fs.statSync(resolved).isDirectory()) return { dir: resolved, cleanUp: () => {} }
  const scratch = fs.mkdtempSync(path.join(path.dirname(resolved), '.restore-'))
  const cleanUp = () => fs.rmSync(scratch, { recursive: true, force: true })
  try {
    execFileSync('tar', ['-xf', resolved, '-C', scratch], { stdio: ['ignore', 'ignore', 'pipe'] })
  } catch {
    cleanUp()
    throw new RestoreRefused(`备份文件 ${resolved} 无法解包：文件不完整或已损坏。拒绝恢复。`)
  }
  const inner = fs.readdirSync(scratch)
  return { dir: inner.length === 1 ? path.join(scratch, inner[0]) : scratch, cleanUp }
}

function codeMigrations(): string[] {
  const dir = path.join(ROOT, 'cms', 'src', 'migrations')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')) : []
}

function sameCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  return names.filter((n) => expected[n] !== actual[n]).map((n) => `${n}：备份中 ${expected[n] ?? '无此表'}，恢复后 ${actual[n] ?? '无此表'}`)
}

export type RestoreOptions = { force?: boolean; log?: (line: string) => void; embeddedDir?: string }

/**
 * After a restore the audit chain ends where the backup did; checkpoints of later records would
 * read as a truncated chain. The file is renamed (kept for the record), and checkpointing starts
 * again from the restored chain.
 */
function setAsideAuditCheckpoints(embeddedDatabase?: string): string | null {
  const saved = process.env.DATABASE_URL
  if (embeddedDatabase) process.env.DATABASE_URL = `postgres://localhost/${embeddedDatabase}`
  try {
    const file = auditAnchorFile()
    if (!fs.existsSync(file)) return null
    const aside = `${file}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    fs.renameSync(file, aside)
    return aside
  } finally {
    if (embeddedDatabase) process.env.DATABASE_URL = saved
  }
}

export async function restoreBackup(input: string, { force = false, log = () => {}, embeddedDir = embeddedDataDir(ROOT) }: RestoreOptions = {}): Promise<BackupManifest> {
  const opened = openBackup(input)
  try {
    log(`校验备份 ${opened.dir} …`)
    const manifest = await verifyBackup(opened.dir)
    const where = dataLocations()
    const embedded = !process.env.DATABASE_URL
    const dataDir = embeddedDir
    if (!embedded && manifest.database.method === 'data-directory') {
      throw new RestoreRefused('这是内置数据库的整库备份（数据目录），只能恢复到内置数据库：请不设置 DATABASE_URL 再运行。')
    }
    if (embedded) {
      const running = runningEmbedded(dataDir)
      if (running) throw new RestoreRefused(`内置数据库正在运行（进程 ${running.pid}）：请先停止 npm start 和发布进程，再恢复。`)
    }

    // Nothing is overwritten without --force.
    const occupied: string[] = []
    const tables = embedded ? await embeddedTableCount(dataDir) : await countTables(process.env.DATABASE_URL!)
    if (tables > 0) occupied.push(`${embedded ? `内置数据库（${dataDir}）` : `数据库 ${decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1))} `}已有 ${tables} 张表`)
    if (hasEntries(where.media)) occupied.push(`媒体目录 ${where.media} 不为空`)
    if (hasEntries(where.submissionFiles)) occupied.push(`报送附件目录 ${where.submissionFiles} 不为空`)
    if (fs.existsSync(where.portal) || hasEntries(where.releases)) occupied.push(`门户目录 ${where.portal} 已有发布的网站`)
    if (occupied.length && !force) {
      throw new RestoreRefused(
        `目标中已有数据，拒绝覆盖：\n${occupied.map((o) => `  - ${o}`).join('\n')}\n确认要用备份替换它们（现有数据将被删除，请先备份），请加 --force。`,
      )
    }

    log('恢复数据库…')
    let restored: DatabaseFacts
    if (manifest.database.method === 'data-directory') {
      restored = await restoreCluster(path.join(opened.dir, CLUSTER), dataDir)
    } else {
      const db = embedded ? await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'gov' }) : { url: process.env.DATABASE_URL!, stop: async () => {} }
      try {
        if (tables > 0) await recreateDatabase(db.url)
        else await ensureDatabase(db.url)
        restored = await restoreDump(db.url, path.join(opened.dir, DUMP), manifest.database.toolMajor ?? manifest.database.serverMajor)
      } finally {
        await db.stop()
      }
    }
    const differences = sameCounts(manifest.database.tables, restored.tables)
    if (differences.length) {
      // An online copy of the embedded data directory holds what was written until the copy ended.
      if (manifest.database.method === 'data-directory') log(`注意：行数与备份开始时不同（备份期间有写入）：${differences.join('；')}`)
      else throw new Error(`数据库恢复后行数与备份不符：${differences.join('；')}`)
    }

    log('恢复上传文件…')
    await emptyDirectory(where.media)
    await copyTree(path.join(opened.dir, 'media'), where.media)
    await emptyDirectory(where.submissionFiles)
    await copyTree(path.join(opened.dir, 'submission-files'), where.submissionFiles)
    await emptyDirectory(where.messageFiles)
    await copyTree(path.join(opened.dir, 'message-files'), where.messageFiles)

    log('恢复门户网站…')
    await fs.promises.rm(where.portal, { recursive: true, force: true })
    await fs.promises.rm(where.work, { recursive: true, force: true })
    await emptyDirectory(where.releases)
    for (const release of manifest.portal.releases) {
      await copyTree(path.join(opened.dir, 'portal', 'releases', release), path.join(where.releases, release))
    }
    if (manifest.portal.active) {
      await fs.promises.mkdir(path.dirname(where.portal), { recursive: true })
      await fs.promises.symlink(path.join(where.releases, manifest.portal.active), where.portal, 'dir')
    }

    const asideFile = setAsideAuditCheckpoints(embedded ? 'gov' : undefined)
    if (asideFile) log(`审计链检查点文件已另存为 ${asideFile}：其中记有备份之后的审计记录，恢复后它们已不在数据库中（留作核查）。`)

    const unknown = manifest.database.migrations.filter((m) => !codeMigrations().includes(m))
    if (unknown.length) log(`注意：备份来自更新的版本，当前代码中没有这些迁移：${unknown.join('、')}`)
    return manifest
  } finally {
    opened.cleanUp()
  }
}
