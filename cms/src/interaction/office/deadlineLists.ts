/**
 * 互动交流期限: the open messages (待受理, 办理中) of a user's scope that are past their due date,
 * due within `dueSoonDays` working days, or 30/60/80 calendar days old without an answer.
 * The lists name the citizens, so reading them is a personal-data read on the audit chain;
 * the start page's counts (`messageCounts`) name nobody and are not recorded.
 */
import type { PayloadRequest, Where } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { addChinaWorkingDays } from '../../calendar/chinaCalendar'
import { ALARM_DAYS, statusLabel } from '../constants'
import { daysSince } from '../deadlines'
import { interactionSettings } from '../settings'
import { alarmLevel, vetoDate } from './alarms'
import { type MessageScope, scopeWhere } from './scope'

const DAY = 86_400_000

type Id = number | string
type Named = { id: Id; name?: string | null } | Id | null | undefined

export type MessageDeadlineRow = {
  id: Id
  queryCode: string
  title: string
  /** 留言人 (personal data). */
  name: string
  typeName: string | null
  unitId: Id | null
  unitName: string | null
  status: string
  statusLabel: string
  receivedAt: string | null
  dueAt: string | null
  /** Calendar days since receipt. */
  ageDays: number
  /** The day the three-month line (否决线) is crossed. */
  vetoAt: string | null
  extended: boolean
  calendarMissingYears: string | null
}

export type MessageDeadlines = {
  scope: 'all' | 'unit'
  dueSoonDays: number
  overdue: MessageDeadlineRow[]
  dueSoon: MessageDeadlineRow[]
  /** Open messages by the alarm level they reached: 30–59, 60–79, 80 days and more. */
  alarms: { day30: MessageDeadlineRow[]; day60: MessageDeadlineRow[]; day80: MessageDeadlineRow[] }
}

const OPEN: Where = { status: { in: ['received', 'assigned'] } }

const idOf = (value: Named): Id | null => (value === null || value === undefined ? null : typeof value === 'object' ? value.id : value)
const nameOf = (value: Named): string | null => (value && typeof value === 'object' ? (value.name ?? null) : null)

type Doc = {
  id: Id
  queryCode?: string | null
  title?: string | null
  name?: string | null
  type?: Named
  unit?: Named
  status?: string | null
  receivedAt?: string | null
  dueAt?: string | null
  calendarMissingYears?: string | null
  extension?: { approved?: boolean | null } | null
}

function rowOf(doc: Doc, now: Date): MessageDeadlineRow {
  return {
    id: doc.id,
    queryCode: doc.queryCode ?? String(doc.id),
    title: doc.title ?? '',
    name: doc.name ?? '',
    typeName: nameOf(doc.type),
    unitId: doc.status === 'received' ? null : idOf(doc.unit),
    unitName: doc.status === 'received' ? null : nameOf(doc.unit),
    status: doc.status ?? 'received',
    statusLabel: statusLabel(doc.status),
    receivedAt: doc.receivedAt ?? null,
    dueAt: doc.dueAt ?? null,
    ageDays: doc.receivedAt ? daysSince(new Date(doc.receivedAt), now) : 0,
    vetoAt: doc.receivedAt ? vetoDate(doc.receivedAt).toISOString() : null,
    extended: Boolean(doc.extension?.approved),
    calendarMissingYears: doc.calendarMissingYears ?? null,
  }
}

const byDue = (a: MessageDeadlineRow, b: MessageDeadlineRow) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? '')
const byAge = (a: MessageDeadlineRow, b: MessageDeadlineRow) => b.ageDays - a.ageDays

/** Where an open message of the scope is overdue, due soon, or 30 days old (one query for all lists). */
function listWhere(scope: NonNullable<MessageScope>, now: Date, soon: Date): Where {
  const scoped = scopeWhere(scope)
  const oldest = new Date(now.getTime() - Math.min(...ALARM_DAYS) * DAY)
  return {
    and: [
      OPEN,
      scoped,
      { or: [{ dueAt: { less_than_equal: soon.toISOString() } }, { receivedAt: { less_than_equal: oldest.toISOString() } }] },
    ],
  }
}

/** The lists of a scope at `now`; records the personal-data read when `audit` and anything is listed. */
export async function messageDeadlines(req: PayloadRequest, scope: NonNullable<MessageScope>, now = new Date(), { audit = true } = {}): Promise<MessageDeadlines> {
  const { dueSoonDays } = await interactionSettings(req)
  const soon = addChinaWorkingDays(now, dueSoonDays).dueAt
  const found = await req.payload.find({
    collection: 'messages',
    where: listWhere(scope, now, soon),
    sort: 'dueAt',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
    select: { queryCode: true, title: true, name: true, type: true, unit: true, status: true, receivedAt: true, dueAt: true, calendarMissingYears: true, extension: true },
    populate: { units: { name: true }, 'message-types': { name: true } } as never,
  })
  const rows = (found.docs as unknown as Doc[]).map((doc) => rowOf(doc, now))
  const lists: MessageDeadlines = {
    scope: scope.kind,
    dueSoonDays,
    overdue: rows.filter((r) => r.dueAt && Date.parse(r.dueAt) < now.getTime()).sort(byDue),
    dueSoon: rows.filter((r) => r.dueAt && Date.parse(r.dueAt) >= now.getTime() && Date.parse(r.dueAt) <= soon.getTime()).sort(byDue),
    alarms: { day30: [], day60: [], day80: [] },
  }
  for (const row of rows) {
    const level = row.receivedAt ? alarmLevel(row.receivedAt, now) : null
    if (level) lists.alarms[`day${level}`].push(row)
  }
  for (const list of Object.values(lists.alarms)) list.sort(byAge)
  if (audit && req.user && rows.length > 0) {
    await recordAuditEvent(req, {
      action: 'personalDataRead',
      docCollection: 'messages',
      subject: `${rows.length} 件留言`,
      detail: `互动交流期限列表：${rows.map((r) => r.queryCode).join('、')}`,
    })
  }
  return lists
}

export type MessageCounts = {
  received: number
  assigned: number
  dueSoon: number
  overdue: number
  day30: number
  day60: number
  day80: number
}

/** The start page's figures for a scope: counts only, nobody named. */
export async function messageCounts(req: PayloadRequest, scope: NonNullable<MessageScope>, now = new Date()): Promise<MessageCounts> {
  const { dueSoonDays } = await interactionSettings(req)
  const soon = addChinaWorkingDays(now, dueSoonDays).dueAt
  const scoped = scopeWhere(scope)
  const count = async (...where: Where[]) =>
    (await req.payload.count({ collection: 'messages', where: { and: [scoped, ...where] }, overrideAccess: true, req })).totalDocs
  const olderThan = (days: number): Where => ({ receivedAt: { less_than_equal: new Date(now.getTime() - days * DAY).toISOString() } })
  const youngerThan = (days: number): Where => ({ receivedAt: { greater_than: new Date(now.getTime() - days * DAY).toISOString() } })
  const [a, b, c] = ALARM_DAYS
  // One after another: the request may carry a transaction, which runs one query at a time.
  const received = await count({ status: { equals: 'received' } })
  const assigned = await count({ status: { equals: 'assigned' } })
  const dueSoon = await count(OPEN, { dueAt: { greater_than_equal: now.toISOString() } }, { dueAt: { less_than_equal: soon.toISOString() } })
  const overdue = await count(OPEN, { dueAt: { less_than: now.toISOString() } })
  const day30 = await count(OPEN, olderThan(a), youngerThan(b))
  const day60 = await count(OPEN, olderThan(b), youngerThan(c))
  const day80 = await count(OPEN, olderThan(c))
  return { received, assigned, dueSoon, overdue, day30, day60, day80 }
}

/** Whether the user's scope has any message at all (the start page shows the block only then). */
export async function scopeHasMessages(req: PayloadRequest, scope: NonNullable<MessageScope>): Promise<boolean> {
  if (scope.kind === 'all') return true
  const found = await req.payload.count({ collection: 'messages', where: scopeWhere(scope), overrideAccess: true, req })
  return found.totalDocs > 0
}
