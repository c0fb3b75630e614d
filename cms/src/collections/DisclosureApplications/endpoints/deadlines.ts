import type { Endpoint } from 'payload'

import { userError } from '@gov/review-workflow'

import { addChinaWorkingDays } from '../../../calendar/chinaCalendar'
import { disclosureSettings } from '../../../disclosure/settings'
import { hasRole } from '../../../lib/roles'

/**
 * GET /api/disclosure-applications/deadlines — open applications past their due date (已逾期)
 * and those due within the configured number of working days (即将到期), soonest first.
 */
export const deadlinesEndpoint: Endpoint = {
  path: '/deadlines',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'disclosureOfficer', 'unitHead', 'leader')) throw userError('您无权查看依申请公开办理情况。', 403)
    const now = new Date()
    const settings = await disclosureSettings(req)
    const soon = addChinaWorkingDays(now, settings.dueSoonDays).dueAt
    const open = { status: { not_equals: 'replied' } }
    const select = { receiptNo: true, name: true, receivedAt: true, dueAt: true, status: true, calendarMissingYears: true, extension: true } as const
    const [overdue, dueSoon] = await Promise.all([
      req.payload.find({ collection: 'disclosure-applications', where: { and: [open, { dueAt: { less_than: now.toISOString() } }] }, sort: 'dueAt', pagination: false, depth: 0, req, overrideAccess: true, select }),
      req.payload.find({
        collection: 'disclosure-applications',
        where: { and: [open, { dueAt: { greater_than_equal: now.toISOString() } }, { dueAt: { less_than_equal: soon.toISOString() } }] },
        sort: 'dueAt',
        pagination: false,
        depth: 0,
        req,
        overrideAccess: true,
        select,
      }),
    ])
    return Response.json({ dueSoonDays: settings.dueSoonDays, overdue: overdue.docs, dueSoon: dueSoon.docs })
  },
}
