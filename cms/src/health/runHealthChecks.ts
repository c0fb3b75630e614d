/**
 * The system's health, as `GET /api/health` and the start page show it: the database answers,
 * its migrations match this release, the publish queue moves, the portal last published
 * successfully, and the search index follows the live pages. Each check is bounded by a
 * timeout; a check that errs fails with a plain message (the error itself goes to the log,
 * never to the answer). A report is reused for a few seconds, so polling stays cheap.
 */
import type { Payload } from 'payload'

import { checkDatabase } from './database'
import { checkMigrations } from './migrations'
import { checkLastPublish, checkPublishQueue } from './publishing'
import { checkSearchIndex } from './searchIndex'
import { CHECK_NAMES, healthSettings } from './settings'
import type { CheckName, HealthChecks, HealthReport, HealthSettings } from './types'

type Base = { status: 'ok' | 'fail' | 'skipped'; detail?: string }

async function bounded<T extends Base>(payload: Payload, name: CheckName, settings: HealthSettings, check: () => Promise<T>): Promise<T | Base> {
  if (settings.skip.has(name)) return { status: 'skipped', detail: '本节点不检查此项（HEALTH_SKIP）。' }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`超过 ${settings.timeoutMs / 1000} 秒未完成`)), settings.timeoutMs)
  })
  try {
    return await Promise.race([check(), timeout])
  } catch (error) {
    payload.logger.warn(`健康检查 ${name} 未通过：${(error as Error)?.message ?? error}`)
    return { status: 'fail', detail: /超过 .* 秒未完成/.test((error as Error)?.message ?? '') ? '检查超时。' : '检查出错（详见服务器日志）。' }
  } finally {
    clearTimeout(timer)
  }
}

/** Runs every check now. */
export async function runHealthChecks(payload: Payload, settings: HealthSettings = healthSettings(), now = Date.now()): Promise<HealthReport> {
  const database = await bounded(payload, 'database', settings, () => checkDatabase(payload))
  const unreachable = database.status === 'fail'
  const needsDatabase = <T extends Base>(name: CheckName, check: () => Promise<T>) =>
    unreachable ? Promise.resolve<Base>({ status: 'skipped', detail: '数据库不可用，未检查。' }) : bounded(payload, name, settings, check)
  const [migrations, publishQueue, lastPublish, searchIndex] = await Promise.all([
    needsDatabase('migrations', () => checkMigrations(payload)),
    needsDatabase('publishQueue', () => checkPublishQueue(payload, settings, now)),
    needsDatabase('lastPublish', () => checkLastPublish(payload)),
    bounded(payload, 'searchIndex', settings, () => checkSearchIndex(settings, now)),
  ])
  const checks = { database, migrations, publishQueue, lastPublish, searchIndex } as HealthChecks
  const failing = CHECK_NAMES.filter((name) => checks[name].status === 'fail')
  return { status: failing.length ? 'fail' : 'ok', checkedAt: new Date(now).toISOString(), failing, checks }
}

const recent = new WeakMap<Payload, { at: number; report: Promise<HealthReport> }>()

/**
 * The latest report, run again when older than HEALTH_CACHE_MS (default 5000 ms; 0 runs every
 * time). Callers at the same moment share one run.
 */
export function healthReport(payload: Payload): Promise<HealthReport> {
  const maxAge = Number(process.env.HEALTH_CACHE_MS ?? 5000)
  const now = Date.now()
  const cached = recent.get(payload)
  if (cached && now - cached.at < maxAge) return cached.report
  const report = runHealthChecks(payload)
  recent.set(payload, { at: now, report })
  return report
}
