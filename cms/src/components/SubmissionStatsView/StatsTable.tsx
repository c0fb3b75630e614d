/** The tables of 报送统计: per unit (with a totals row) and per month. Every cell names its field. */
import React from 'react'

import type { MonthStats, SubmissionStats, UnitStats } from '../../submissions/stats'
import { formatNumber, monthLabels } from './charts'

const DASH = '—'

/** 37.5%, or — when there is nothing to divide by. */
export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? DASH : `${(value * 100).toFixed(1)}%`

type Column = { key: keyof UnitStats; label: string; format?: (row: UnitStats) => string }

const COLUMNS: Column[] = [
  { key: 'submitted', label: '报送' },
  { key: 'adopted', label: '采用' },
  { key: 'adoptionRate', label: '采用率', format: (r) => formatPercent(r.adoptionRate) },
  { key: 'score', label: '得分' },
  { key: 'quotaMissedMonths', label: '未完成月度任务（月）' },
  { key: 'commissionsMissed', label: '约稿未报' },
  { key: 'instructions', label: '领导批示' },
  { key: 'feedbackOverdue', label: '批示逾期反馈' },
  { key: 'annualTarget', label: '年度目标' },
  { key: 'targetCompletion', label: '目标完成率', format: (r) => formatPercent(r.targetCompletion) },
]

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-300)', padding: '8px 10px', textAlign: 'right', whiteSpace: 'nowrap' }
const leftCell: React.CSSProperties = { ...cell, textAlign: 'left' }
const headCell: React.CSSProperties = { ...cell, background: 'var(--theme-elevation-50)', fontWeight: 700, textAlign: 'center', whiteSpace: 'normal' }
const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', fontSize: 16, lineHeight: 1.5, minWidth: '100%' }
const captionStyle: React.CSSProperties = { textAlign: 'left', fontWeight: 700, padding: '8px 0' }

/** Keyboard users can scroll a wide table: the wrapper is focusable and named. */
function Scroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', marginBottom: 24 }}>
      {children}
    </div>
  )
}

const sum = (rows: UnitStats[], key: 'quotaMissedMonths' | 'commissionsMissed' | 'instructions' | 'feedbackOverdue') => rows.reduce((s, r) => s + r[key], 0)

export function UnitTable({ stats, caption }: { stats: SubmissionStats; caption: string }) {
  const { rows, totals } = stats
  if (rows.length === 0) return <p>所选层级没有向本机构报送信息的单位。</p>
  const totalCells: Record<string, string> = {
    submitted: formatNumber(totals.submitted),
    adopted: formatNumber(totals.adopted),
    adoptionRate: formatPercent(totals.submitted ? totals.adopted / totals.submitted : null),
    score: formatNumber(totals.score),
    quotaMissedMonths: String(sum(rows, 'quotaMissedMonths')),
    commissionsMissed: String(sum(rows, 'commissionsMissed')),
    instructions: String(sum(rows, 'instructions')),
    feedbackOverdue: String(sum(rows, 'feedbackOverdue')),
    annualTarget: DASH,
    targetCompletion: DASH,
  }
  return (
    <Scroller label="各单位报送统计表">
      <table style={tableStyle} data-table="units">
        <caption style={captionStyle}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              名次
            </th>
            <th scope="col" style={headCell}>
              单位
            </th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" style={headCell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit} data-unit={row.name}>
              <td data-col="rank" style={cell}>
                {row.rank}
              </td>
              <th scope="row" data-col="name" style={{ ...leftCell, fontWeight: 400 }}>
                {row.name}
              </th>
              {COLUMNS.map((c) => (
                <td key={c.key} data-col={c.key} style={cell}>
                  {c.format ? c.format(row) : formatNumber(Number(row[c.key]))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-unit="合计">
            <td data-col="rank" style={cell} />
            <th scope="row" data-col="name" style={leftCell}>
              合计
            </th>
            {COLUMNS.map((c) => (
              <td key={c.key} data-col={c.key} style={{ ...cell, fontWeight: 700 }}>
                {totalCells[c.key]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </Scroller>
  )
}

export function MonthTable({ months, caption }: { months: MonthStats[]; caption: string }) {
  if (months.length === 0) return null
  const labels = monthLabels(months.map((m) => m.month))
  return (
    <Scroller label="按月统计表">
      <table style={{ ...tableStyle, minWidth: 0 }} data-table="months">
        <caption style={captionStyle}>{caption}</caption>
        <thead>
          <tr>
            {['月份', '报送', '采用', '得分'].map((label) => (
              <th key={label} scope="col" style={headCell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row" data-col="month" style={{ ...leftCell, fontWeight: 400 }}>
                {labels[i]}
              </th>
              <td data-col="submitted" style={cell}>
                {formatNumber(m.submitted)}
              </td>
              <td data-col="adopted" style={cell}>
                {formatNumber(m.adopted)}
              </td>
              <td data-col="score" style={cell}>
                {formatNumber(m.score)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroller>
  )
}
