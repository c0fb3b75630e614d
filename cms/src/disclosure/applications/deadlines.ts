import type { PayloadRequest } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { addChinaWorkingDays } from '../../calendar/chinaCalendar'
import { disclosureSettings } from '../settings'

export type DeadlineRow = {
  id: number
  receiptNo?: string | null
  name: string
  receivedAt?: string | null
  dueAt?: string | null
  status: string
  calendarMissingYears?: string | null
  extension?: { extended?: boolean | null } | null
}

/**
 * Open applications past their due date (已逾期) and those due within the configured number
 * of working days (即将到期), soonest first.
 */
export async function applicationDeadlines(req: PayloadRequest, now = new Date()) {
  const settings = await disclosureSettings(req)
  const soon = addChinaWorkingDays(now, settings.dueSoonDays).dueAt
  const open = { status: { not_equals: 'replied' } }
  const select = { receiptNo: true, name: true, receivedAt: true, dueAt: true, status: true, calendarMissingYears: true, extension: true } as const
  const find = (where: object) =>
    req.payload.find({ collection: 'disclosure-applications', where: { and: [open, where] } as never, sort: 'dueAt', pagination: false, depth: 0, req, overrideAccess: true, select })
  const overdue = await find({ dueAt: { less_than: now.toISOString() } })
  const dueSoon = await find({ and: [{ dueAt: { greater_than_equal: now.toISOString() } }, { dueAt: { less_than_equal: soon.toISOString() } }] })
  const rows = [...overdue.docs, ...dueSoon.docs] as DeadlineRow[]
  if (req.user && rows.length > 0) {
    await recordAuditEvent(req, {
      action: 'personalDataRead',
      docCollection: 'disclosure-applications',
      subject: `${rows.length} 件申请`,
      detail: `期限提醒列表：${rows.map((r) => r.receiptNo ?? r.id).join('、')}`,
    })
  }
  return { dueSoonDays: settings.dueSoonDays, overdue: overdue.docs as DeadlineRow[], dueSoon: dueSoon.docs as DeadlineRow[] }
}
