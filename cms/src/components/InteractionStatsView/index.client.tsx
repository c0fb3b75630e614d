'use client'

import React, { useState } from 'react'

const control: React.CSSProperties = {
  fontSize: 16,
  padding: '6px 8px',
  minHeight: 40,
  border: '1px solid var(--theme-elevation-600)',
  borderRadius: 4,
  background: 'var(--theme-input-bg, var(--theme-bg))',
  color: 'var(--theme-text)',
}
const fieldLabel: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 16 }

/** Payload's button look on a plain element (works without JavaScript). */
const buttonClass = (style: 'primary' | 'secondary') => `btn btn--style-${style} btn--size-large btn--withoutPopup btn--no-margin`

function ButtonLabel({ children }: { children: React.ReactNode }) {
  return (
    <span className="btn__content">
      <span className="btn__label">{children}</span>
    </span>
  )
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * The period and type: a plain GET form (查询 works without JavaScript); the Excel link follows
 * what is chosen, so the file can be taken without showing it first.
 */
export function InteractionStatsFilters(props: {
  action: string
  exportUrl: string
  fromMonth: string
  toMonth: string
  typeCode: string
  types: { code: string; name: string }[]
}) {
  const [from, setFrom] = useState(props.fromMonth)
  const [to, setTo] = useState(props.toMonth)
  const [type, setType] = useState(props.typeCode)
  const query = new URLSearchParams({ from: MONTH.test(from) ? from : props.fromMonth, to: MONTH.test(to) ? to : props.toMonth })
  if (type) query.set('type', type)
  query.set('format', 'xlsx')
  return (
    <form method="get" action={props.action} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16, margin: '16px 0 24px' }}>
      <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: 16, border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 16, fontWeight: 700, marginBottom: 4 }}>统计期间（含起止月份，格式如 2026-01）</legend>
        <label style={fieldLabel}>
          起始月份
          <input type="month" name="from" value={from} onChange={(e) => setFrom(e.target.value)} min="2000-01" max="2100-12" style={control} />
        </label>
        <label style={fieldLabel}>
          截止月份
          <input type="month" name="to" value={to} onChange={(e) => setTo(e.target.value)} min="2000-01" max="2100-12" style={control} />
        </label>
      </fieldset>
      <label style={fieldLabel}>
        留言类型
        <select name="type" value={type} onChange={(e) => setType(e.target.value)} style={control}>
          <option value="">全部</option>
          {props.types.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass('primary')}>
        <ButtonLabel>查询</ButtonLabel>
      </button>
      <a className={buttonClass('secondary')} href={`${props.exportUrl}?${query.toString()}`} data-export="xlsx">
        <ButtonLabel>导出 Excel</ButtonLabel>
      </a>
    </form>
  )
}
