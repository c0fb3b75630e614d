import type { Payload } from 'payload'

type LockClient = {
  query: (sql: string) => Promise<{ rows: { locked: boolean }[] }>
  on: (event: 'error', listener: (error: Error) => void) => void
  removeListener: (event: 'error', listener: (error: Error) => void) => void
  release: (error?: Error | boolean) => void
}
type Pool = { connect: () => Promise<LockClient> }

const LOCK = "hashtext('gov-portal-publish')"

/**
 * Runs `work` holding the publish lock (a PostgreSQL session advisory lock), so one publisher
 * runs at a time across workers; `{ locked: false }` when another holds it. The lock lives as
 * long as its connection: when the server closes that connection the lock is gone with it, the
 * unlock is skipped and the connection is dropped from the pool instead of being reused.
 */
export async function withPublishLock<T>(payload: Payload, work: () => Promise<T>): Promise<{ locked: false } | { locked: true; result: T }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (error: Error) => {
    broken = error
  }
  client.on('error', onError)
  try {
    const { rows } = await client.query(`select pg_try_advisory_lock(${LOCK}) as locked`)
    if (!rows[0].locked) return { locked: false }
    try {
      return { locked: true, result: await work() }
    } finally {
      if (!broken) await client.query(`select pg_advisory_unlock(${LOCK})`).catch((error: Error) => (broken = error))
    }
  } catch (error) {
    broken ??= error as Error
    throw error
  } finally {
    client.removeListener('error', onError)
    client.release(broken)
  }
}
