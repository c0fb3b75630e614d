import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'

import { messageCounts, scopeHasMessages } from '../../interaction/office/deadlineLists'
import { messageScopeOf, type ScopeUser } from '../../interaction/office/scope'
import { DEADLINES_PATH, STATS_PATH } from '../../interaction/office/paths'
import { InteractionDashboardClient, type DashboardTile } from './index.client'

/**
 * 互动交流 on the start page: how many messages wait, run late or approach the three-month line,
 * for the user's scope (the office: every unit; a unit's staff: their unit), each a link to the
 * list. Shown only to those who handle messages. Counts only: nobody is named, nothing is audited.
 */
export async function InteractionDashboard({ payload, user }: ServerProps) {
  if (!payload || !user) return null
  const scope = messageScopeOf(user as ScopeUser)
  if (!scope) return null
  const req = await createLocalReq({ user: user as never }, payload)
  if (!(await scopeHasMessages(req, scope))) return null
  const counts = await messageCounts(req, scope)
  const admin = payload.config.routes.admin
  const list = `${admin}/collections/messages`
  const deadlines = `${admin}${DEADLINES_PATH}`
  const tiles: DashboardTile[] = [
    { key: 'received', label: '待受理', count: counts.received, href: `${list}?where[status][equals]=received`, tone: 'normal' },
    { key: 'assigned', label: '办理中', count: counts.assigned, href: `${list}?where[status][equals]=assigned`, tone: 'normal' },
    { key: 'dueSoon', label: '即将到期', count: counts.dueSoon, href: `${deadlines}#due-soon`, tone: 'warning' },
    { key: 'overdue', label: '已逾期', count: counts.overdue, href: `${deadlines}#overdue`, tone: 'danger' },
    { key: 'day30', label: '30天未答复', count: counts.day30, href: `${deadlines}#day30`, tone: 'warning' },
    { key: 'day60', label: '60天未答复', count: counts.day60, href: `${deadlines}#day60`, tone: 'danger' },
    { key: 'day80', label: '80天未答复', count: counts.day80, href: `${deadlines}#day80`, tone: 'danger' },
  ]
  // The office sees 待受理; a unit never has messages that are not yet handed to it.
  const shown = scope.kind === 'all' ? tiles : tiles.filter((t) => t.key !== 'received')
  return <InteractionDashboardClient title={scope.kind === 'all' ? '互动交流（全部承办单位）' : '互动交流（本单位）'} tiles={shown} deadlinesHref={deadlines} statsHref={`${admin}${STATS_PATH}`} />
}
