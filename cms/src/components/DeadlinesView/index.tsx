import type { AdminViewServerProps, ServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { applicationDeadlines, type DeadlineRow } from '../../disclosure/applications/deadlines'
import { formatChineseDate } from '../../disclosure/format'
import { hasRole } from '../../lib/roles'

function Rows({ rows, admin }: { rows: DeadlineRow[]; admin: string }) {
  if (rows.length === 0) return <p>无。</p>
  return (
    <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th scope="col">受理编号</th>
          <th scope="col">申请人</th>
          <th scope="col">收到日期</th>
          <th scope="col">答复期限</th>
          <th scope="col">备注</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <a href={`${admin}/collections/disclosure-applications/${row.id}`}>{row.receiptNo}</a>
            </td>
            <td>{row.name}</td>
            <td>{formatChineseDate(row.receivedAt)}</td>
            <td>{formatChineseDate(row.dueAt)}</td>
            <td>
              {[row.extension?.extended ? '已延期' : '', missingYearsWarning(row.calendarMissingYears?.split(',').map(Number)) ? '节假日安排缺失，期限为估算' : '']
                .filter(Boolean)
                .join('；')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** 依申请公开期限: overdue and due-soon applications, for the disclosure officer and heads. */
export async function DeadlinesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login`)
  const allowed = hasRole(req.user, 'disclosureOfficer', 'unitHead', 'leader')
  const lists = allowed ? await applicationDeadlines(req) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>依申请公开答复期限</h1>
        {!lists ? (
          <p>您无权查看依申请公开办理情况。</p>
        ) : (
          <>
            <h2>已逾期（{lists.overdue.length}）</h2>
            <Rows rows={lists.overdue} admin={admin} />
            <h2>即将到期：{lists.dueSoonDays}个工作日内（{lists.dueSoon.length}）</h2>
            <Rows rows={lists.dueSoon} admin={admin} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

/** Navigation link to the view, for those who may see it. */
export function DeadlinesNavLink({ payload, user }: ServerProps) {
  if (!hasRole(user as never, 'disclosureOfficer', 'unitHead', 'leader')) return null
  return (
    <a className="nav__link" href={`${payload?.config.routes.admin ?? '/admin'}/disclosure/deadlines`}>
      <span className="nav__link-label">依申请公开期限</span>
    </a>
  )
}
