/**
 * 互动交流统计 for the admin: the portal's figures (`messageStats`) for a period and type, per
 * unit, and broken down by type and by month. A unit's staff get their own unit's row only.
 */
import type { PayloadRequest } from 'payload'

import { type MessageStatsRow, messageStats, monthRange } from '../stats'
import type { MessageScope } from './scope'
import { monthsBetween, periodLabel, type StatsPeriod } from './statsQuery'

type Id = number | string

export type MessageType = { code: string; name: string }

export type MessageStatsReport = {
  fromMonth: string
  toMonth: string
  /** 2026年1月至2026年3月 */
  periodLabel: string
  type: MessageType | null
  scope: 'all' | 'unit'
  /** The unit of a unit's staff. */
  unitName: string | null
  rows: MessageStatsRow[]
  total: MessageStatsRow
  byType: (MessageStatsRow & { typeCode: string; typeName: string })[]
  byMonth: (MessageStatsRow & { month: string })[]
}

export const emptyStatsRow = (unitId: string | null, unitName: string): MessageStatsRow => ({
  unitId,
  unitName,
  received: 0,
  accepted: 0,
  refused: 0,
  answered: 0,
  answeredOnTime: 0,
  open: 0,
  avgWorkingDays: null,
  satisfied: 0,
  basic: 0,
  unsatisfied: 0,
  satisfactionRate: null,
})

/** Every message type, in the form's order (disabled ones too: old messages keep them). */
export async function messageTypes(req: PayloadRequest): Promise<MessageType[]> {
  const found = await req.payload.find({ collection: 'message-types', sort: 'order', depth: 0, pagination: false, overrideAccess: true, req, select: { code: true, name: true } })
  return (found.docs as { code?: string | null; name?: string | null }[]).filter((t) => t.code).map((t) => ({ code: t.code!, name: t.name ?? t.code! }))
}

type Stats = { rows: MessageStatsRow[]; total: MessageStatsRow }

/** The scope's part of a result: everything, or the unit's row as rows and total. */
function scoped(stats: Stats, unit: { id: Id; name: string } | null): Stats {
  if (!unit) return stats
  const row = stats.rows.find((r) => r.unitId === String(unit.id)) ?? emptyStatsRow(String(unit.id), unit.name)
  return { rows: [row], total: row }
}

export async function messageStatsReport(req: PayloadRequest, scope: NonNullable<MessageScope>, period: StatsPeriod, types?: MessageType[]): Promise<MessageStatsReport> {
  const allTypes = types ?? (await messageTypes(req))
  const type = period.typeCode ? (allTypes.find((t) => t.code === period.typeCode) ?? null) : null
  let unit: { id: Id; name: string } | null = null
  if (scope.kind === 'unit') {
    const doc = (await req.payload.findByID({ collection: 'units', id: scope.unit, depth: 0, overrideAccess: true, req, disableErrors: true })) as { name?: string } | null
    unit = { id: scope.unit, name: doc?.name ?? String(scope.unit) }
  }
  const { from, to, typeCode } = period
  const main = scoped(await messageStats(req.payload, { from, to, typeCode }), unit)

  const byType: MessageStatsReport['byType'] = []
  if (!typeCode) {
    for (const t of allTypes) {
      const { total } = scoped(await messageStats(req.payload, { from, to, typeCode: t.code }), unit)
      byType.push({ ...total, unitName: unit?.name ?? '合计', typeCode: t.code, typeName: t.name })
    }
  }

  const byMonth: MessageStatsReport['byMonth'] = []
  const months = monthsBetween(period.fromMonth, period.toMonth)
  if (months.length > 1) {
    for (const month of months) {
      const range = monthRange(month)
      const { total } = scoped(await messageStats(req.payload, { ...range, typeCode }), unit)
      byMonth.push({ ...total, unitName: unit?.name ?? '合计', month })
    }
  }

  return {
    fromMonth: period.fromMonth,
    toMonth: period.toMonth,
    periodLabel: periodLabel(period.fromMonth, period.toMonth),
    type,
    scope: scope.kind,
    unitName: unit?.name ?? null,
    rows: main.rows,
    total: main.total,
    byType,
    byMonth,
  }
}
