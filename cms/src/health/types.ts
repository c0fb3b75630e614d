/**
 * The shape of `GET /api/health` and of the 系统运行状态 card on the start page. Nothing in it
 * names a person, a document or a path on the server: it may be shown to anyone.
 */
export type CheckStatus = 'ok' | 'fail' | 'skipped'

export type CheckName = 'database' | 'migrations' | 'publishQueue' | 'lastPublish' | 'searchIndex'

type Base = {
  status: CheckStatus
  /** Why a check failed or was skipped, in Chinese, for operators. */
  detail?: string
}

export type DatabaseCheck = Base & { latencyMs?: number }
export type MigrationsCheck = Base & { expected?: number; applied?: number; pending?: string[]; unknown?: string[] }
export type PublishQueueCheck = Base & { length?: number; oldestAgeSeconds?: number | null; maxAgeSeconds?: number }
export type LastPublishCheck = Base & { lastSuccessAt?: string | null; lastStatus?: 'succeeded' | 'failed' | null; lastFinishedAt?: string | null }
export type SearchIndexCheck = Base & { builtAt?: string | null; ageSeconds?: number | null; upToDate?: boolean | null }

export type HealthChecks = {
  database: DatabaseCheck
  migrations: MigrationsCheck
  publishQueue: PublishQueueCheck
  lastPublish: LastPublishCheck
  searchIndex: SearchIndexCheck
}

export type HealthReport = {
  status: 'ok' | 'fail'
  checkedAt: string
  /** The checks that failed, by name; empty when all is well. */
  failing: CheckName[]
  checks: HealthChecks
}

/** Limits, from the environment (see `healthSettings`). */
export type HealthSettings = {
  /** A queued publish job due longer than this is stuck (no worker, or a worker that hangs). */
  maxQueueAgeMs: number
  /** A search index behind the live pages for longer than this is stale. */
  maxIndexLagMs: number
  /** Each check gives up after this long. */
  timeoutMs: number
  /** Checks this node cannot or need not make (e.g. `searchIndex` on an admin node without the portal's files). */
  skip: ReadonlySet<CheckName>
}
