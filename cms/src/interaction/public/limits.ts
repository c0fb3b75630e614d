/**
 * The in-memory attempt limits of the public 互动交流 endpoints, one per endpoint, per client
 * address (see cms/src/lib/attemptLimiter.ts). What must hold across restarts — the daily quota
 * of messages, a code's lock after wrong phone tails — is counted in Postgres.
 */
import type { PayloadRequest } from 'payload'

import { createAttemptLimiter } from '../../lib/attemptLimiter'

const TEN_MINUTES = 10 * 60 * 1000

/** 留言: attempts (valid or not) per client in ten minutes. */
export const messageAttempts = createAttemptLimiter(TEN_MINUTES, 20)
/** 查询: per client in ten minutes (a citizen mistyping a few times stays well under it). */
export const lookupAttempts = createAttemptLimiter(TEN_MINUTES, 20)
/** 评价: per client in ten minutes. */
export const ratingAttempts = createAttemptLimiter(TEN_MINUTES, 10)

/** For tests: forgets the attempts of the three endpoints. */
export function resetInteractionAttempts(): void {
  messageAttempts.reset()
  lookupAttempts.reset()
  ratingAttempts.reset()
}

/** Accepted messages from an address in the last 24 hours (stored messages, so it holds across restarts). */
export async function messagesToday(req: PayloadRequest, address: string, now = Date.now()): Promise<number> {
  const since = new Date(now - 24 * 3_600_000).toISOString()
  const found = await req.payload.count({
    collection: 'messages',
    where: { and: [{ sourceIp: { equals: address } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  return found.totalDocs
}

/** Whether the same message (same duplicate key) was received within the last `days` calendar days. */
export async function isDuplicate(req: PayloadRequest, key: string, days: number, now = Date.now()): Promise<boolean> {
  const since = new Date(now - days * 86_400_000).toISOString()
  const found = await req.payload.count({
    collection: 'messages',
    where: { and: [{ duplicateKey: { equals: key } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0
}
