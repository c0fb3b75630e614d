import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }
type DrizzleAdapter = { drizzle: Executor; sessions?: Record<string | number, { db: Executor }> }

/** Runs SQL in the request's transaction when it has one (Postgres adapter only). */
export async function executeSql(req: PayloadRequest, query: SQL): Promise<Record<string, unknown>[]> {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
  const result = await db.execute(query)
  return result.rows
}

export { sql }
