'use client'

import React, { useMemo, useState } from 'react'

import { formatChineseDate } from '../../disclosure/format'
import type { MessageDeadlineRow, MessageDeadlines } from '../../interaction/office/deadlineLists'

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' }
const headCell: React.CSSProperties = { ...cell, background: 'var(--theme-elevation-50)', fontWeight: 700 }
const control: React.CSSProperties = {
  fontSize: 16,
  padding: '6px 8px',
  minHeight: 40,
  border: '1px solid var(--theme-elevation-600)',
  borderRadius: 4,
  background: 'var(--theme-input-bg, var(--theme-bg))',
  color: 'var(--theme-text)',
}

const remarks = (row: MessageDeadlineRow) =>
  [row.extended ? '已延期' : '', row.calendarMissingYears ? '节假日安排缺失，期限为估算' : ''].filter(Boolean).join('；')

function Rows({ rows, adminRoute, caption, showUnit }: { rows: MessageDeadlineRow[]; adminRoute: string; caption: string; showUnit: boolean }) {
  if (rows.length === 0) return <p>无。</p>
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto', marginBottom: 16 }}>
      <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 15, lineHeight: 1.5 }}>
        <caption style={{ position: 'absolute', left: -10000 }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={headCell}>查询码</th>
            <th scope="col" style={headCell}>标题</th>
            <th scope="col" style={headCell}>留言人</th>
            <th scope="col" style={headCell}>类型</th>
            {showUnit && <th scope="col" style={headCell}>承办单位</th>}
            <th scope="col" style={headCell}>状态</th>
            <th scope="col" style={headCell}>收到日期</th>
            <th scope="col" style={headCell}>答复期限</th>
            <th scope="col" style={headCell}>已过天数</th>
            <th scope="col" style={headCell}>三个月期满</th>
            <th scope="col" style={headCell}>备注</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-query-code={row.queryCode}>
              <td style={cell}>
                <a href={`${adminRoute}/collections/messages/${row.id}`}>{row.queryCode}</a>
              </td>
              <td style={cell}>{row.title}</td>
              <td style={cell}>{row.name}</td>
              <td style={cell}>{row.typeName ?? '—'}</td>
              {showUnit && <td style={cell}>{row.unitName ?? '（未转办）'}</td>}
              <td style={cell}>{row.statusLabel}</td>
              <td style={cell}>{formatChineseDate(row.receivedAt)}</td>
              <td style={cell}>{row.dueAt ? formatChineseDate(row.dueAt) : '—'}</td>
              <td style={cell}>{row.ageDays}天</td>
              <td style={cell}>{formatChineseDate(row.vetoAt)}</td>
              <td style={cell}>{remarks(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const UNASSIGNED = '__unassigned'

/** The lists, with a filter by handling unit for the office (it sees every unit's messages). */
export function InteractionDeadlinesClient({ lists, adminRoute }: { lists: MessageDeadlines; adminRoute: string }) {
  const [unit, setUnit] = useState('')
  const all = lists.scope === 'all'
  const units = useMemo(() => {
    const seen = new Map<string, string>()
    const every = [...lists.overdue, ...lists.dueSoon, ...lists.alarms.day30, ...lists.alarms.day60, ...lists.alarms.day80]
    for (const row of every) seen.set(row.unitId === null ? UNASSIGNED : String(row.unitId), row.unitName ?? '未转办（待受理）')
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh'))
  }, [lists])
  const pick = (rows: MessageDeadlineRow[]) =>
    unit === '' ? rows : rows.filter((r) => (r.unitId === null ? UNASSIGNED : String(r.unitId)) === unit)

  const sections = [
    { id: 'overdue', title: '已逾期', rows: lists.overdue, note: '超过答复期限仍未答复。' },
    { id: 'due-soon', title: `即将到期：${lists.dueSoonDays}个工作日内`, rows: lists.dueSoon, note: '' },
    { id: 'day80', title: '收到已满80天未答复', rows: lists.alarms.day80, note: '距三个月否决线不足10天，须立即答复。' },
    { id: 'day60', title: '收到已满60天未答复', rows: lists.alarms.day60, note: '' },
    { id: 'day30', title: '收到已满30天未答复', rows: lists.alarms.day30, note: '' },
  ]

  return (
    <div className="interaction-deadlines" style={{ fontSize: 16, lineHeight: 1.7 }}>
      <p>
        {all ? '全部承办单位' : '本单位'}的待受理、办理中留言。按照政府网站检查指标，政务咨询类留言超过三个月未答复的，网站单项否决；收到满30、60、80天未答复时，系统向互动交流管理员和承办单位负责人、信息员发送提醒。
      </p>
      {all && units.length > 1 && (
        <p>
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            承办单位
            <select value={unit} onChange={(e) => setUnit(e.target.value)} style={control}>
              <option value="">全部</option>
              {units.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {sections.map((s) => {
        const rows = pick(s.rows)
        return (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} style={{ marginTop: 24 }}>
            <h2 id={`${s.id}-title`}>
              {s.title}（{rows.length}）
            </h2>
            {s.note && rows.length > 0 && <p>{s.note}</p>}
            <Rows rows={rows} adminRoute={adminRoute} caption={s.title} showUnit={all} />
          </section>
        )
      })}
    </div>
  )
}
