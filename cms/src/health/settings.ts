import type { CheckName, HealthSettings } from './types'

const CHECK_NAMES: readonly CheckName[] = ['database', 'migrations', 'publishQueue', 'lastPublish', 'searchIndex']

const minutes = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return (Number.isFinite(n) && n > 0 ? n : fallback) * 60_000
}

/**
 * HEALTH_QUEUE_MAX_AGE_MINUTES (default 15): a publish job due longer ago fails the check.
 * HEALTH_INDEX_MAX_LAG_MINUTES (default 15): how long the search index may stay behind the live pages.
 * HEALTH_SKIP: comma-separated checks this node leaves out, e.g. `searchIndex` on an admin node
 * that does not see the portal's files.
 */
export function healthSettings(env: NodeJS.ProcessEnv = process.env): HealthSettings {
  const skip = new Set(
    (env.HEALTH_SKIP ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is CheckName => (CHECK_NAMES as readonly string[]).includes(s)),
  )
  return {
    maxQueueAgeMs: minutes(env.HEALTH_QUEUE_MAX_AGE_MINUTES, 15),
    maxIndexLagMs: minutes(env.HEALTH_INDEX_MAX_LAG_MINUTES, 15),
    timeoutMs: 3000,
    skip,
  }
}

export { CHECK_NAMES }
