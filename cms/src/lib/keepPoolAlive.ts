import type { Payload } from 'payload'

type Client = { on: (event: 'error', listener: (error: Error) => void) => void; listenerCount: (event: 'error') => number }
type Pool = {
  on: (event: 'error' | 'connect', listener: (arg: never) => void) => void
  listenerCount: (event: 'error') => number
  _clients?: Client[]
}

const handled = new WeakSet<object>()

/**
 * Lets the process live through a database restart or `pg_terminate_backend`. node-postgres
 * reports a connection the server closed as an 'error' event — on the pool for an idle
 * connection, on the client for one checked out between two queries — and an 'error' event
 * nobody listens to ends the process. Here both are logged; the broken connection is dropped
 * by the pool (on release, for a checked-out one) and the next query opens a new one.
 * A query running at that moment still fails, and its caller sees the error.
 */
export function keepPoolAlive(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || handled.has(pool)) return
  handled.add(pool)
  const warn = (error: Error) => payload.logger.warn(`数据库连接中断，将重新连接：${error.message}`)
  const watch = (client: Client) => {
    if (handled.has(client)) return
    handled.add(client)
    client.on('error', warn)
  }
  pool.on('error', warn as (arg: never) => void)
  pool.on('connect', watch as (arg: never) => void)
  // Connections opened before this ran (migrations, the adapter's first connection).
  for (const client of pool._clients ?? []) watch(client)
}
