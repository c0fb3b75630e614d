import type { Where } from 'payload'

import { AUDIT_ACTIONS } from '../collections/AuditLog'

export type AuditFilter = { from?: string; to?: string; action?: string; actor?: string; outcome?: string; subject?: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** China day (yyyy-mm-dd) → the UTC instant it starts at. */
const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`)

/**
 * The audit-log query for an export's filters (起止日期 as inclusive China-time days). Returns
 * a Chinese message instead when a filter is malformed.
 */
export function auditExportWhere(filter: AuditFilter): Where | string {
  const and: Where[] = []
  for (const [name, label] of [['from', '开始日期'], ['to', '结束日期']] as const) {
    const value = filter[name]
    if (value && !DAY.test(value)) return `${label}格式应为 2026-05-01。`
  }
  if (filter.from) and.push({ at: { greater_than_equal: chinaDayStart(filter.from).toISOString() } })
  if (filter.to) {
    const end = chinaDayStart(filter.to)
    end.setUTCDate(end.getUTCDate() + 1)
    and.push({ at: { less_than: end.toISOString() } })
  }
  if (filter.action) {
    if (!(AUDIT_ACTIONS as readonly string[]).includes(filter.action)) return `未知的操作类型：${filter.action}`
    and.push({ action: { equals: filter.action } })
  }
  if (filter.outcome) {
    if (filter.outcome !== 'success' && filter.outcome !== 'failure') return '结果只能是 success（成功）或 failure（失败）。'
    and.push({ outcome: { equals: filter.outcome } })
  }
  if (filter.actor) and.push({ actorName: { like: filter.actor } })
  if (filter.subject) and.push({ subject: { like: filter.subject } })
  return and.length ? { and } : {}
}
