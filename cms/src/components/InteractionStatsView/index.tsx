import type { AdminViewServerProps, ServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { statsScopeOf, type ScopeUser } from '../../interaction/office/scope'
import { parseStatsPeriod } from '../../interaction/office/statsQuery'
import { messageStatsReport, messageTypes, type MessageStatsReport } from '../../interaction/office/statsReport'
import { statsTitle } from '../../interaction/office/statsWorkbook'
import type { MessageStatsRow } from '../../interaction/stats'
import { InteractionStatsFilters } from './index.client'

import { STATS_PATH } from '../../interaction/office/paths'

const DASH = '—'
const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-300)', padding: '8px 10px', textAlign: 'right', whiteSpace: 'nowrap' }
const leftCell: React.CSSProperties = { ...cell, textAlign: 'left' }
const headCell: React.CSSProperties = { ...cell, background: 'var(--theme-elevation-50)', fontWeight: 700, textAlign: 'center', whiteSpace: 'normal' }

const COLUMNS: { key: keyof MessageStatsRow; label: string; format?: (row: MessageStatsRow) => string }[] = [
  { key: 'received', label: '收到留言' },
  { key: 'accepted', label: '受理' },
  { key: 'refused', label: '不予受理' },
  { key: 'answered', label: '已答复' },
  { key: 'answeredOnTime', label: '按期答复' },
  { key: 'open', label: '办理中（含待受理）' },
  { key: 'avgWorkingDays', label: '平均办理用时（工作日）', format: (r) => (r.avgWorkingDays === null ? DASH : r.avgWorkingDays.toFixed(1)) },
  { key: 'satisfied', label: '满意' },
  { key: 'basic', label: '基本满意' },
  { key: 'unsatisfied', label: '不满意' },
  { key: 'satisfactionRate', label: '满意率', format: (r) => (r.satisfactionRate === null ? DASH : `${r.satisfactionRate.toFixed(1)}%`) },
]

function Table({ first, caption, rows, total }: { first: string; caption: string; rows: { label: string; row: MessageStatsRow }[]; total?: MessageStatsRow }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto', marginBottom: 24 }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 16, lineHeight: 1.5, minWidth: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 700, padding: '8px 0' }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              {first}
            </th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" style={headCell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, row }) => (
            <tr key={label}>
              <th scope="row" style={{ ...leftCell, fontWeight: 400 }}>
                {label}
              </th>
              {COLUMNS.map((c) => (
                <td key={c.key} style={cell} data-field={c.key}>
                  {c.format ? c.format(row) : String(row[c.key])}
                </td>
              ))}
            </tr>
          ))}
          {total && (
            <tr style={{ fontWeight: 700 }}>
              <th scope="row" style={leftCell}>
                合计
              </th>
              {COLUMNS.map((c) => (
                <td key={c.key} style={cell} data-field={c.key}>
                  {c.format ? c.format(total) : String(total[c.key])}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

function Report({ report }: { report: MessageStatsReport }) {
  const all = report.scope === 'all'
  const total = all ? report.total : undefined
  const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
  return (
    <>
      <h2>按承办单位</h2>
      {report.rows.length === 0 ? (
        <p>所选期间没有收到留言。</p>
      ) : (
        <Table first="承办单位" caption={statsTitle(report)} rows={report.rows.map((row) => ({ label: row.unitName, row }))} total={total} />
      )}
      {report.byType.length > 0 && (
        <>
          <h2>按留言类型</h2>
          <Table first="留言类型" caption={`${report.periodLabel}各类型留言`} rows={report.byType.map((row) => ({ label: row.typeName, row }))} total={total} />
        </>
      )}
      {report.byMonth.length > 0 && (
        <>
          <h2>按月份</h2>
          <Table first="月份" caption={`${report.periodLabel}各月留言`} rows={report.byMonth.map((row) => ({ label: monthLabel(row.month), row }))} total={total} />
        </>
      )}
    </>
  )
}

/** 互动交流统计: the figures the portal publishes, per unit, type and month, with the Excel export. */
export async function InteractionStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  const api = req.payload.config.routes.api
  if (!req.user) redirect(`${admin}/login`)
  const scope = statsScopeOf(req.user as ScopeUser)
  let report: MessageStatsReport | null = null
  let error: string | null = null
  const types = scope ? await messageTypes(req) : []
  if (scope) {
    const parsed = parseStatsPeriod(searchParams)
    let period = parsed.period
    if (!period) {
      error = `${parsed.error}已显示本年统计。`
      period = parseStatsPeriod({}).period!
    } else if (period.typeCode && !types.some((t) => t.code === period!.typeCode)) {
      error = '所选留言类型不存在，已显示全部类型。'
      period = { ...period, typeCode: null }
    }
    report = await messageStatsReport(req, scope, period, types)
  }
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
        <div className="interaction-stats" style={{ fontSize: 16, lineHeight: 1.7 }}>
          <h1>互动交流统计</h1>
          {!report ? (
            <p>只有互动交流管理员、领导、审核员和承办单位的工作人员可以查看互动交流统计。</p>
          ) : (
            <>
              <p>
                统计期间：<span data-period>{report.periodLabel}</span>　留言类型：{report.type?.name ?? '全部'}
                {report.scope === 'unit' && <>　单位：{report.unitName}</>}
              </p>
              {error && (
                <p role="status" style={{ color: 'var(--theme-error-700, inherit)', fontWeight: 700 }}>
                  {error}
                </p>
              )}
              <InteractionStatsFilters
                action={`${admin}${STATS_PATH}`}
                exportUrl={`${api}/messages/stats`}
                fromMonth={report.fromMonth}
                toMonth={report.toMonth}
                typeCode={report.type?.code ?? ''}
                types={types}
              />
              <Report report={report} />
              <h2>说明</h2>
              <ul>
                <li>按留言收到日期统计所选期间（含起止月份）收到的留言，与门户网站公开的“留言受理反馈情况统计”口径相同。</li>
                <li>受理：已转办承办单位（办理中或已答复）；未转办、不予受理的留言计入“未转办”一行。</li>
                <li>按期答复：答复日期不晚于答复期限（含批准的延期）；平均办理用时按中国节假日安排计算工作日。</li>
                <li>满意率＝（满意＋基本满意）÷已评价件数；答复后超过评价期限（见互动交流设置）未评价的，按惯例视为满意。</li>
              </ul>
            </>
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

/** Navigation link to the view, for those who may see it (no query per render). */
export function InteractionStatsNavLink({ payload, user }: ServerProps) {
  if (!statsScopeOf(user as ScopeUser)) return null
  return (
    <a className="nav__link" href={`${payload?.config.routes.admin ?? '/admin'}${STATS_PATH}`}>
      <span className="nav__link-label">互动交流统计</span>
    </a>
  )
}
