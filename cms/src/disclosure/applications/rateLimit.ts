/**
 * Two limits on the public application endpoint:
 * - attempts (valid or not) per client address, in this process's memory: a sliding window that
 *   stops floods cheaply (lost on restart, per process — enough for its purpose);
 * - accepted applications per client address per 24 hours, counted in Postgres from the stored
 *   applications: holds across restarts and processes.
 */
import type { PayloadRequest } from 'payload'

import { createAttemptLimiter } from '../../lib/attemptLimiter'

export const ATTEMPT_WINDOW_MS = 10 * 60 * 1000
export const MAX_ATTEMPTS = 20

const limiter = createAttemptLimiter(ATTEMPT_WINDOW_MS, MAX_ATTEMPTS)

/** Records an attempt; false when the address has used up its window. */
export const allowAttempt = (address: string, now = Date.now()): boolean => limiter.allow(address, now)

/** For tests. */
export const resetAttempts = () => limiter.reset()

export async function acceptedToday(req: PayloadRequest, address: string): Promise<number> {
  const since = new Date(Date.now() - 24 * 3_600_000).toISOString()
  const found = await req.payload.count({
    collection: 'disclosure-applications',
    where: { and: [{ sourceIp: { equals: address } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  return found.totalDocs
}

/** The client's address: the first hop the reverse proxy reports, else unknown. */
export function clientAddress(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers.get('x-real-ip')?.trim() || 'unknown'
}
