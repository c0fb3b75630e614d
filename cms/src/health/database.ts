import type { Payload } from 'payload'

import type { DatabaseCheck } from './types'

type Pool = { query: (sql: string) => Promise<unknown> }

/** The database answers a trivial query; how long it took. */
export async function checkDatabase(payload: Payload): Promise<DatabaseCheck> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return { status: 'skipped', detail: '数据库适配器不提供连接池。' }
  const started = performance.now()
  await pool.query('select 1')
  return { status: 'ok', latencyMs: Math.round(performance.now() - started) }
}

/** PostgreSQL's code for a missing table, found on a query error or the error it wraps. */
export function isUndefinedTable(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '42P01') return true
  }
  return false
}
