/**
 * Rate limit of failed logins, separate from the account lockout: per client address and per
 * account name tried (known or not, so the limit reveals nothing about which accounts exist).
 *
 * The counters live in this process's memory: with several admin nodes each node counts its
 * own failures, so the effective limit is the per-node limit times the number of nodes (and a
 * restart clears them). The lockout in the database still holds across nodes.
 */
import { APIError, type PayloadRequest } from 'payload'

import { clientAddress } from '@gov/review-workflow'

export const LOGIN_RATE_LIMIT = {
  /** Failures per client address in the window before 429. */
  perClient: 10,
  /** Failures per account name in the window before 429. */
  perAccount: 10,
  windowMs: 10 * 60 * 1000,
}

type Counter = { failures: number[] }

const clients = new Map<string, Counter>()
const accounts = new Map<string, Counter>()

function recent(map: Map<string, Counter>, key: string, now: number): Counter {
  const counter = map.get(key) ?? { failures: [] }
  counter.failures = counter.failures.filter((at) => now - at < LOGIN_RATE_LIMIT.windowMs)
  if (counter.failures.length) map.set(key, counter)
  else map.delete(key)
  return counter
}

/** Seconds until another attempt is allowed, or 0 when this attempt may go ahead. */
export function loginRetryAfter(client: string | null, account: string, now = Date.now()): number {
  const waits: number[] = []
  const check = (map: Map<string, Counter>, key: string, limit: number) => {
    const { failures } = recent(map, key, now)
    if (failures.length >= limit) waits.push(failures[failures.length - limit] + LOGIN_RATE_LIMIT.windowMs - now)
  }
  if (client) check(clients, client, LOGIN_RATE_LIMIT.perClient)
  check(accounts, account, LOGIN_RATE_LIMIT.perAccount)
  return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : 0
}

function add(map: Map<string, Counter>, key: string, now: number) {
  const counter = recent(map, key, now)
  counter.failures.push(now)
  map.set(key, counter)
}

export function countLoginFailure(client: string | null, account: string, now = Date.now()): void {
  if (client) add(clients, client, now)
  add(accounts, account, now)
}

/** A successful login clears the account's count (not the client's: a client cannot earn more guesses). */
export function clearAccountFailures(account: string): void {
  accounts.delete(account)
}

/** The client address, only when the request came over HTTP (server-side calls have none). */
export function throttleClient(req: PayloadRequest): string | null {
  return req.headers?.get?.('x-forwarded-for') ? clientAddress(req) : null
}

/** The 429 refusal, named explicitly so a production bundle still sends its message. */
export function throttledError(retryAfter: number): APIError {
  return Object.assign(new APIError(`登录失败次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试。`, 429, { retryAfter }, true), { name: 'LoginThrottled' })
}
