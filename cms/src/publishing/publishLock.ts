import type { Payload } from 'payload'

type LockClient = {
  query: (sql: string) => Promise<{ rows: { locked: boolean }[] }>
  on: (event: 'error', listener: (error: Error) => void) => void
  removeListener: (event: 'error', listener: (error: Error) => void) => void
  release: (error?: Error | boolean) => void
}
type Pool = { connect: () => Promise<LockClient> }

/** The publisher: one publish at a time across every process. */
export const PUBLISH_LOCK = 'gov-portal-publish'
/**
 * The publish queue's runner: one worker at a time claims and runs publish jobs. Payload 3's job
 * claim is a read followed by an update, so two workers polling together could both claim — and
 * run — the same job; only the holder of this lock polls the queue.
 */
export const PUBLISH_QUEUE_LOCK = 'gov-publish-queue'

/**
 * Runs `work` holding a PostgreSQL session advisory lock named `name`; `{ locked: false }` when
 * another session holds it. The lock lives as long as its connection: when the server closes
 * that connection (a worker killed, a database restart) the lock is gone with it, the unlock is
 * skipped and the connection is dropped from the pool instead of being reused.
 */
export async function withAdvisoryLock<T>(payload: Payload, name: string, work: () => Promise<T>): Promise<{ locked: false } | { locked: true; result: T }> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const key = `hashtext('${name.replace(/'/g, "''")}')`
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (error: Error) => {
    broken = error
  }
  client.on('error', onError)
  try {
    const { rows } = await client.query(`select pg_try_advisory_lock(${key}) as locked`)
    if (!rows[0].locked) return { locked: false }
    try {
      return { locked: true, result: await work() }
    } finally {
      if (!broken) await client.query(`select pg_advisory_unlock(${key})`).catch((error: Error) => (broken = error))
    }
  } catch (error) {
    broken ??= error as Error
    throw error
  } finally {
    client.removeListener('error', onError)
    client.release(broken)
  }
}

/** Runs `work` as the one publisher (see PUBLISH_LOCK). */
export const withPublishLock = <T>(payload: Payload, work: () => Promise<T>) => withAdvisoryLock(payload, PUBLISH_LOCK, work)
