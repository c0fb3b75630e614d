/**
 * 报送统计: per unit an office ranks — sent, adopted, adoption rate, score (from events by the
 * rules), rank, months under quota, missed commissions, instructions and overdue feedback, annual
 * target completion — and the monthly trend of the whole office.
 */
import type { PayloadRequest, Where } from 'payload'

import type { OfficeLevel } from './constants'
import { isFeedbackLate } from './feedbackStatus'
import { idOf } from './line'
import { loadUnitTree, type UnitNode, unitsServedBy } from './offices'
import { chinaMidnight, chinaYearMonth, monthKey, monthsBetween } from './periods'
import { type ScoredEvent, scoreEvents } from './scoring'
import { submissionSettings } from './settings'

export type StatsQuery = { office: number; from: Date; to: Date; unitLevel?: OfficeLevel | null; now?: Date }

export type UnitStats = {
  unit: number
  name: string
  level: OfficeLevel
  submitted: number
  adopted: number
  /** adopted ÷ submitted, 0–1 (null when nothing was sent) */
  adoptionRate: number | null
  score: number
  rank: number
  quotaMissedMonths: number
  commissionsMissed: number
  instructions: number
  /** Instructions fed back after their deadline, or not yet and past it. */
  feedbackOverdue: number
  annualTarget: number
  /** score of the year so far ÷ annual target, 0–1+ */
  targetCompletion: number | null
}

export type MonthStats = { month: string; submitted: number; adopted: number; score: number }

export type SubmissionStats = {
  office: { id: number; name: string }
  from: string
  to: string
  monthlyQuota: number
  rows: UnitStats[]
  months: MonthStats[]
  totals: { submitted: number; adopted: number; score: number }
}

type EventRow = ScoredEvent & { submission: number; occurredAt: string }

const ids = (values: unknown): number[] => (Array.isArray(values) ? values.map(idOf).filter((v): v is number => v !== null) : [])

async function findAll<T>(req: PayloadRequest, collection: 'submission-events' | 'submission-receipts' | 'commissions' | 'instructions' | 'submissions', where: Where): Promise<T[]> {
  const { docs } = await req.payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true, req })
  return docs as T[]
}

const range = (field: string, from: Date, to: Date): Where => ({
  and: [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }],
})

const credited = (e: EventRow) => [e.originUnit, ...e.forwarders]

/** Competition ranking: equal scores share a rank (1, 1, 3). */
export function rankByScore<T extends { score: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score)
  return sorted.map((row) => ({ ...row, rank: sorted.findIndex((r) => r.score === row.score) + 1 }))
}

export async function computeSubmissionStats(req: PayloadRequest, query: StatsQuery): Promise<SubmissionStats> {
  const now = query.now ?? new Date()
  const tree = await loadUnitTree(req)
  const settings = await submissionSettings(req, query.office)
  const units: UnitNode[] = unitsServedBy(tree, query.office).filter((u) => !query.unitLevel || u.level === query.unitLevel)
  const unitIds = new Set(units.map((u) => u.id))
  const { year } = chinaYearMonth(new Date(query.to.getTime() - 1))
  const yearStart = chinaMidnight(year, 1)

  const toEvent = (e: Record<string, unknown>): EventRow => ({
    type: e.type as EventRow['type'],
    submission: idOf(e.submission)!,
    originUnit: idOf(e.originUnit)!,
    forwarders: ids(e.forwarders),
    officeLevel: (e.officeLevel as OfficeLevel) ?? null,
    journalKind: (e.journalKind as EventRow['journalKind']) ?? null,
    leaderLevel: (e.leaderLevel as EventRow['leaderLevel']) ?? null,
    occurredAt: String(e.occurredAt),
  })
  const eventsFrom = new Date(Math.min(query.from.getTime(), yearStart.getTime()))
  const allEvents = (await findAll<Record<string, unknown>>(req, 'submission-events', range('occurredAt', eventsFrom, query.to))).map(toEvent)
  const inPeriod = allEvents.filter((e) => new Date(e.occurredAt) >= query.from)
  const yearEvents = allEvents.filter((e) => new Date(e.occurredAt) >= yearStart)
  const periodScores = scoreEvents(inPeriod, settings.rules)
  const yearScores = scoreEvents(yearEvents, settings.rules)

  // 报送: what a unit sent up itself (its own items, or for an office what it forwarded).
  const receipts = await findAll<{ submission: unknown; fromUnit: unknown; receivedAt: string }>(req, 'submission-receipts', range('receivedAt', query.from, query.to))
  const sentBy = new Map<number, Set<number>>()
  const sentByMonth = new Map<string, Map<number, number>>()
  for (const r of receipts) {
    const from = idOf(r.fromUnit)
    if (from === null) continue
    if (!sentBy.has(from)) sentBy.set(from, new Set())
    sentBy.get(from)!.add(idOf(r.submission)!)
    const key = monthKey(r.receivedAt)
    if (!sentByMonth.has(key)) sentByMonth.set(key, new Map())
    const perUnit = sentByMonth.get(key)!
    perUnit.set(from, (perUnit.get(from) ?? 0) + 1)
  }

  const adoptedBy = new Map<number, Set<number>>()
  for (const e of inPeriod.filter((e) => e.type === 'adopted')) {
    for (const unit of credited(e)) {
      if (!adoptedBy.has(unit)) adoptedBy.set(unit, new Set())
      adoptedBy.get(unit)!.add(e.submission)
    }
  }

  // 约稿: commissions of this office due in the period (and already past) that a unit did not answer in time.
  const commissions = await findAll<{ id: number; units: unknown; deadline: string }>(req, 'commissions', {
    and: [{ office: { equals: query.office } }, range('deadline', query.from, query.to)],
  })
  const due = commissions.filter((c) => endOfChinaDay(c.deadline) <= now)
  const answers = due.length
    ? await findAll<{ unit: unknown; commission: unknown; sentAt?: string | null }>(req, 'submissions', { commission: { in: due.map((c) => c.id) } })
    : []
  const missed = new Map<number, number>()
  for (const c of due) {
    const dueEnd = endOfChinaDay(c.deadline)
    const answered = new Set(
      answers.filter((a) => idOf(a.commission) === c.id && a.sentAt && new Date(a.sentAt) <= dueEnd).map((a) => idOf(a.unit)),
    )
    for (const unit of ids(c.units)) if (!answered.has(unit)) missed.set(unit, (missed.get(unit) ?? 0) + 1)
  }

  const instructions = await findAll<{ originUnit: unknown; feedbackDue?: string | null; feedbackAt?: string | null; instructedAt: string }>(req, 'instructions', {
    originUnit: { in: [...unitIds] },
  })

  // 月度任务: months of the period already begun in which a unit sent fewer than the quota.
  const months = monthsBetween(query.from, query.to)
  const closedMonths = months.filter((m) => {
    const [y, mo] = m.split('-').map(Number)
    return chinaMidnight(y, mo + 1) <= now // Date.UTC rolls month 13 into January
  })

  const rows = units.map((u) => {
    const submitted = sentBy.get(u.id)?.size ?? 0
    const adopted = adoptedBy.get(u.id)?.size ?? 0
    const annualTarget = settings.annualTargets.find((t) => t.year === year && t.unit === u.id)?.targetScore ?? settings.defaultAnnualTarget
    const ofUnit = instructions.filter((i) => idOf(i.originUnit) === u.id)
    return {
      unit: u.id,
      name: u.shortName || u.name,
      level: u.level,
      submitted,
      adopted,
      adoptionRate: submitted ? adopted / submitted : null,
      score: periodScores.get(u.id) ?? 0,
      quotaMissedMonths: closedMonths.filter((m) => (sentByMonth.get(m)?.get(u.id) ?? 0) < settings.monthlyQuota).length,
      commissionsMissed: missed.get(u.id) ?? 0,
      instructions: inPeriod.filter((e) => e.type === 'instruction' && credited(e).includes(u.id)).length,
      feedbackOverdue: ofUnit.filter((i) => isFeedbackLate(i, now)).length,
      annualTarget,
      targetCompletion: annualTarget ? (yearScores.get(u.id) ?? 0) / annualTarget : null,
    }
  })

  const monthRows: MonthStats[] = months.map((month) => {
    const events = inPeriod.filter((e) => monthKey(e.occurredAt) === month)
    const scores = scoreEvents(events, settings.rules)
    return {
      month,
      submitted: [...(sentByMonth.get(month) ?? new Map<number, number>()).entries()].filter(([unit]) => unitIds.has(unit)).reduce((sum, [, n]) => sum + n, 0),
      adopted: new Set(events.filter((e) => e.type === 'adopted' && credited(e).some((u) => unitIds.has(u))).map((e) => e.submission)).size,
      score: [...scores.entries()].filter(([unit]) => unitIds.has(unit)).reduce((sum, [, n]) => sum + n, 0),
    }
  })

  const ranked = rankByScore(rows)
  return {
    office: { id: query.office, name: tree.get(query.office)?.name ?? '' },
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    monthlyQuota: settings.monthlyQuota,
    rows: ranked,
    months: monthRows,
    totals: {
      submitted: ranked.reduce((s, r) => s + r.submitted, 0),
      adopted: ranked.reduce((s, r) => s + r.adopted, 0),
      score: ranked.reduce((s, r) => s + r.score, 0),
    },
  }
}

/** The end of a deadline day in China (answers sent that day count as on time). */
function endOfChinaDay(date: string): Date {
  const d = new Date(new Date(date).getTime() + 8 * 3600_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - 8 * 3600_000)
}

/** The office whose statistics a user sees: their own unit when it is an office, else their government's office. */
export async function statsOfficeFor(req: PayloadRequest): Promise<number | null> {
  const unit = idOf((req.user as { unit?: unknown } | null)?.unit)
  if (unit === null) return null
  const tree = await loadUnitTree(req)
  for (const u of tree.values()) if (u.infoOffice === unit) return unit
  return tree.get(unit)?.infoOffice ?? null
}
