/**
 * 留言受理反馈情况统计: the same figures for the admin's view and export and for the portal.
 * Every figure counts the messages received in the period ([from, to)), by the unit that handles
 * them (承办单位); messages not handed to a unit yet, and refused ones, count under 未转办.
 * - 受理 accepted: handed to a unit (办理中 or 已答复); 不予受理 refused
 * - 答复 answered, 按期答复 answered by the due date (an approved extension included)
 * - 平均办理工作日: working days from receipt to the approved reply, over the answered ones
 * - 满意率: (满意 + 基本满意) / rated, in percent (a rating that defaulted to 满意 counts)
 */
import type { Payload, Where } from 'payload'

import { workingDaysBetween } from './deadlines'

export type MessageStatsRow = {
  unitId: string | null
  unitName: string
  received: number
  accepted: number
  refused: number
  answered: number
  answeredOnTime: number
  open: number
  avgWorkingDays: number | null
  satisfied: number
  basic: number
  unsatisfied: number
  /** Percent, one decimal; null when nothing was rated. */
  satisfactionRate: number | null
}

export type StatsMessage = {
  unit?: number | string | { id: number | string } | null
  status?: string | null
  receivedAt?: string | null
  dueAt?: string | null
  repliedAt?: string | null
  rating?: { value?: string | null } | null
}

export const UNASSIGNED = '未转办'

const idOf = (unit: StatsMessage['unit']) => (unit == null ? null : String(typeof unit === 'object' ? unit.id : unit))
const round1 = (n: number) => Math.round(n * 10) / 10

function emptyRow(unitId: string | null, unitName: string): MessageStatsRow & { days: number } {
  return { unitId, unitName, received: 0, accepted: 0, refused: 0, answered: 0, answeredOnTime: 0, open: 0, avgWorkingDays: null, satisfied: 0, basic: 0, unsatisfied: 0, satisfactionRate: null, days: 0 }
}

function add(row: MessageStatsRow & { days: number }, m: StatsMessage) {
  row.received++
  if (m.status === 'refused') row.refused++
  if (m.status === 'assigned' || m.status === 'answered') row.accepted++
  if (m.status === 'received' || m.status === 'assigned') row.open++
  if (m.status === 'answered' && m.repliedAt) {
    row.answered++
    if (m.dueAt && Date.parse(m.repliedAt) <= Date.parse(m.dueAt)) row.answeredOnTime++
    if (m.receivedAt) row.days += workingDaysBetween(new Date(m.receivedAt), new Date(m.repliedAt))
  }
  const rating = m.rating?.value
  if (rating === 'satisfied') row.satisfied++
  else if (rating === 'basic') row.basic++
  else if (rating === 'unsatisfied') row.unsatisfied++
}

function finish({ days, ...row }: MessageStatsRow & { days: number }): MessageStatsRow {
  const rated = row.satisfied + row.basic + row.unsatisfied
  return {
    ...row,
    avgWorkingDays: row.answered ? round1(days / row.answered) : null,
    satisfactionRate: rated ? round1(((row.satisfied + row.basic) / rated) * 100) : null,
  }
}

/** The rows per unit (in the order of `units`, 未转办 last) and the total, from messages already read. */
export function statsOf(messages: readonly StatsMessage[], units: readonly { id: number | string; name: string }[]): { rows: MessageStatsRow[]; total: MessageStatsRow } {
  const rows = new Map<string, MessageStatsRow & { days: number }>()
  const total = emptyRow(null, '合计')
  const names = new Map(units.map((u) => [String(u.id), u.name]))
  for (const m of messages) {
    const assigned = m.status !== 'received' && m.status !== 'refused' ? idOf(m.unit) : null
    const key = assigned ?? ''
    let row = rows.get(key)
    if (!row) rows.set(key, (row = emptyRow(assigned, assigned ? names.get(assigned) ?? `单位 ${assigned}` : UNASSIGNED)))
    add(row, m)
    add(total, m)
  }
  const order = new Map(units.map((u, i) => [String(u.id), i]))
  const sorted = [...rows.values()].sort((a, b) => (a.unitId === null ? 1 : b.unitId === null ? -1 : (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9)))
  return { rows: sorted.map(finish), total: finish(total) }
}

/** The messages received in [from, to) (optionally of one type, by its code) with the fields the figures need, and the units in order. */
export async function readStatsInput(payload: Payload, { from, to, typeCode }: { from: Date; to: Date; typeCode?: string | null }) {
  const where: Where[] = [{ receivedAt: { greater_than_equal: from.toISOString() } }, { receivedAt: { less_than: to.toISOString() } }]
  if (typeCode) {
    const types = await payload.find({ collection: 'message-types', where: { code: { equals: typeCode } }, depth: 0, limit: 1, overrideAccess: true })
    where.push({ type: { equals: types.docs[0]?.id ?? -1 } })
  }
  const [messages, units] = await Promise.all([
    payload.find({
      collection: 'messages',
      where: { and: where },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { unit: true, status: true, receivedAt: true, dueAt: true, repliedAt: true, rating: true },
    }),
    payload.find({ collection: 'units', pagination: false, depth: 0, overrideAccess: true, sort: 'order', select: { name: true } }),
  ])
  return { messages: messages.docs as StatsMessage[], units: units.docs as { id: number; name: string }[] }
}

/** Statistics of the messages received in [from, to), optionally of one type (by its code). */
export async function messageStats(payload: Payload, period: { from: Date; to: Date; typeCode?: string | null }) {
  const { messages, units } = await readStatsInput(payload, period)
  return statsOf(messages, units)
}

/** The messages received in [from, to), out of messages already read. */
export const receivedBetween = (messages: readonly StatsMessage[], from: Date, to: Date) =>
  messages.filter((m) => m.receivedAt && Date.parse(m.receivedAt) >= from.getTime() && Date.parse(m.receivedAt) < to.getTime())

/** [from, to) of a month given as YYYY-MM, in China time. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, m] = month.split('-').map(Number)
  return { from: new Date(Date.UTC(year, m - 1, 1) - 8 * 3_600_000), to: new Date(Date.UTC(year, m, 1) - 8 * 3_600_000) }
}
