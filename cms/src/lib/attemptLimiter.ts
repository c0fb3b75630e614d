/**
 * Attempts (valid or not) per client, in this process's memory: a sliding window that stops
 * floods of a public endpoint cheaply. Lost on restart and kept per process — enough for its
 * purpose; what must hold across restarts (daily quotas, a code's lock) is counted in Postgres.
 * Each endpoint has a limiter of its own, so using up one does not lock a citizen out of another.
 */
export type AttemptLimiter = {
  /** Records an attempt; false when the key has used up its window (the refused attempt is not recorded). */
  allow: (key: string, now?: number) => boolean
  /** Forgets every attempt (tests). */
  reset: () => void
  readonly windowMs: number
  readonly max: number
}

const limiters = new Set<AttemptLimiter>()

/** A limiter allowing `max` attempts per key within any `windowMs`. */
export function createAttemptLimiter(windowMs: number, max: number): AttemptLimiter {
  const attempts = new Map<string, number[]>()
  const limiter: AttemptLimiter = {
    windowMs,
    max,
    allow(key, now = Date.now()) {
      const recent = (attempts.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= max) {
        attempts.set(key, recent)
        return false
      }
      recent.push(now)
      attempts.set(key, recent)
      if (attempts.size > 10_000) {
        for (const [k, times] of attempts) if (times.every((t) => now - t >= windowMs)) attempts.delete(k)
      }
      return true
    },
    reset: () => attempts.clear(),
  }
  limiters.add(limiter)
  return limiter
}

/** For tests: forgets the attempts of every limiter. */
export function resetAttemptLimiters(): void {
  for (const limiter of limiters) limiter.reset()
}
