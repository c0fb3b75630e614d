/**
 * The database part of a backup, made with pg_dump (custom format) from one snapshot: the row
 * counts and migration list in the manifest are read in the very snapshot pg_dump saves, so a
 * restore can check it got back exactly that.
 */
import { spawn } from 'node:child_process'

import pg from 'pg'

import { adminQuery } from './database'
import { pickPgTool, type PgTool } from './backupPgTools'

export type DatabaseFacts = {
  /** e.g. "PostgreSQL 15.20" */
  server: string
  serverMajor: number
  name: string
  /** Applied Payload migrations, in order. */
  migrations: string[]
  /** Rows of every table, by "schema.table". */
  tables: Record<string, number>
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** Tables of the database outside PostgreSQL's own schemas. */
async function userTables(client: Queryable): Promise<{ schema: string; table: string }[]> {
  const { rows } = await client.query(
    `select table_schema as schema, table_name as "table" from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
  )
  return rows as { schema: string; table: string }[]
}

export async function readFacts(client: Queryable, name: string): Promise<DatabaseFacts> {
  const version = String((await client.query('show server_version')).rows[0].server_version)
  const tables: Record<string, number> = {}
  for (const { schema, table } of await userTables(client)) {
    const { rows } = await client.query(`select count(*)::bigint as n from ${quote(schema)}.${quote(table)}`)
    tables[`${schema}.${table}`] = Number(rows[0].n)
  }
  const migrations =
    'public.payload_migrations' in tables
      ? (await client.query(`select name from payload_migrations where name <> 'dev' order by id`)).rows.map((row) => String(row.name))
      : []
  return { server: `PostgreSQL ${version.split(' ')[0]}`, serverMajor: Number(version.split('.')[0]), name, migrations, tables }
}

function runTool(tool: PgTool, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool.path.split('/').pop()} 失败（退出码 ${code}）：${errors.trim().slice(-2000)}`)),
    )
  })
}

/** Dumps the database to `file` with pg_dump; returns what is in it and the tool that made it. */
export async function dumpDatabase(url: string, file: string): Promise<DatabaseFacts & { tool: string; toolMajor: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const serverMajor = Number(String((await client.query('show server_version_num')).rows[0].server_version_num).slice(0, -4))
    const tool = pickPgTool('pg_dump', serverMajor)
    await client.query('begin isolation level repeatable read read only')
    const snapshot = String((await client.query('select pg_export_snapshot() as id')).rows[0].id)
    const facts = await readFacts(client, databaseName(url))
    // The whole database as it was in that snapshot, with owners and grants, compressed.
    await runTool(tool, ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`])
    await client.query('commit')
    return { ...facts, tool: tool.version, toolMajor: tool.major }
  } finally {
    await client.end()
  }
}

/** How many tables the database holds (0: empty, or it does not exist yet). */
export async function countTables(url: string): Promise<number> {
  const name = databaseName(url)
  const exists = await adminQuery(url, 'select 1 from pg_database where datname = $1', [name])
  if (exists.rowCount === 0) return 0
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await userTables(client)).length
  } finally {
    await client.end()
  }
}

/** Drops the database (closing its connections) and creates it again, empty, with the same owner, encoding and collation. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url)
  const { rows } = await adminQuery(
    url,
    `select pg_get_userbyid(datdba) as owner, pg_encoding_to_char(encoding) as encoding, datcollate, datctype
     from pg_database where datname = $1`,
    [name],
  )
  await adminQuery(url, `drop database if exists ${quote(name)} with (force)`)
  const was = rows[0] as { owner: string; encoding: string; datcollate: string; datctype: string } | undefined
  const options = was
    ? ` owner ${quote(was.owner)} encoding '${was.encoding}' lc_collate '${was.datcollate}' lc_ctype '${was.datctype}' template template0`
    : ''
  await adminQuery(url, `create database ${quote(name)}${options}`)
}

/**
 * Restores a pg_dump archive into the (empty) database in one transaction: all or nothing.
 * Objects belong to the role of `url` (the application's role, which migrations run as); the
 * grants in the archive are kept.
 */
export async function restoreDump(url: string, file: string, dumpMajor: number): Promise<DatabaseFacts> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const serverMajor = Number(String((await client.query('show server_version_num')).rows[0].server_version_num).slice(0, -4))
    const tool = pickPgTool('pg_restore', serverMajor, dumpMajor)
    await runTool(tool, ['--single-transaction', '--exit-on-error', '--no-owner', `--dbname=${url}`, file])
    return await readFacts(client, databaseName(url))
  } finally {
    await client.end()
  }
}
